import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createConcepts, createRelation, createRelationType } from "./factories.js";
import { type TestApp, expectError, fakeSecrets, startTestApp } from "./helpers.js";

let t: TestApp;
let relationId: string;
const ADD = `mutation($input: NoteInput!) { addNote(input: $input) { id body author version concept { slug } relation { id } sources { uri locator } } }`;

beforeAll(async () => {
  t = await startTestApp();
  await createConcepts(t, [{ slug: "etcd" }, { slug: "cluster-state" }]);
  const stores = await createRelationType(t, {
    key: "stores",
    label: "stores",
    inverseLabel: "stored in",
  });
  relationId = await createRelation(t, { source: "etcd", type: stores, target: "cluster-state" });
});
afterAll(() => t.close());

describe("notes", () => {
  it("adds Markdown notes to a concept and to a relation, listed on each", async () => {
    const a = await t.gql(ADD, {
      input: {
        concept: "etcd",
        body: "Back it up **often**:\n\n```sh\netcdctl snapshot save backup.db\n```",
        author: "ops",
        sources: [{ uri: "https://etcd.io/docs/", title: "etcd docs", locator: "#backups" }],
      },
    });
    expect(a.errors).toBeUndefined();
    expect(a.data!.addNote).toMatchObject({
      author: "ops",
      version: 1,
      concept: { slug: "etcd" },
      relation: null,
    });
    expect(a.data!.addNote.body).toContain("etcdctl snapshot save");
    const b = await t.gql(ADD, {
      input: { relation: relationId, body: "Every object lives here." },
    });
    expect(b.data!.addNote).toMatchObject({
      concept: null,
      relation: { id: relationId },
      author: null,
    });

    const read = await t.gql(
      `{ concept(slug: "etcd") { notes { body sources { uri } } relations { notes { body } } } }`,
    );
    expect(read.data!.concept.notes).toHaveLength(1);
    expect(read.data!.concept.notes[0].sources).toEqual([{ uri: "https://etcd.io/docs/" }]);
    expect(read.data!.concept.relations[0].notes).toEqual([{ body: "Every object lives here." }]);
  });

  it("updates and deletes a note", async () => {
    const added = await t.gql(ADD, { input: { concept: "etcd", body: "Draft." } });
    const id = added.data!.addNote.id;
    const upd = await t.gql(
      `mutation($id: ID!) { updateNote(id: $id, input: { body: "Final.", author: "me", expectedVersion: 1 }) { body author version } }`,
      { id },
    );
    expect(upd.data!.updateNote).toEqual({ body: "Final.", author: "me", version: 2 });
    expectError(
      await t.gql(
        `mutation($id: ID!) { updateNote(id: $id, input: { body: "Late.", expectedVersion: 1 }) { id } }`,
        { id },
      ),
      "CONFLICT",
      "input.expectedVersion",
    );
    expect(
      (await t.gql(`mutation($id: ID!) { deleteNote(id: $id) }`, { id })).data!.deleteNote,
    ).toBe(id);
    expect((await t.gql(`query($id: ID!) { note(id: $id) { id } }`, { id })).data!.note).toBeNull();
    expectError(
      await t.gql(`mutation($id: ID!) { deleteNote(id: $id) }`, { id }),
      "NOT_FOUND",
      "id",
    );
    expectError(
      await t.gql(`mutation { updateNote(id: "424242", input: { body: "x" }) { id } }`),
      "NOT_FOUND",
      "id",
    );
  });

  it.each([
    ["no target", { body: "Floating." }, "BAD_USER_INPUT", "input.concept"],
    [
      "two targets",
      { concept: "etcd", relation: "1", body: "Both." },
      "BAD_USER_INPUT",
      "input.concept",
    ],
    ["empty body", { concept: "etcd", body: "  \n " }, "BAD_USER_INPUT", "input.body"],
    [
      "over-long body",
      { concept: "etcd", body: "x".repeat(20_001) },
      "BAD_USER_INPUT",
      "input.body",
    ],
    ["unknown concept", { concept: "ghost", body: "Boo." }, "NOT_FOUND", "input.concept"],
    ["unknown relation", { relation: "987654", body: "Boo." }, "NOT_FOUND", "input.relation"],
  ])("refuses a note with %s, writing nothing", async (_n, input, code, field) => {
    const before = await t.snapshot();
    expectError(await t.gql(ADD, { input }), code, field);
    expect(await t.snapshot()).toBe(before);
  });

  it.each([
    ["a ServiceAccount JWT", () => `Dashboard login token:\n\n${fakeSecrets.jwt()}\n`],
    ["a PEM private key", () => `My key:\n${fakeSecrets.pem()}`],
    ["an AWS access key", () => `aws_access_key_id = ${fakeSecrets.awsKey()}`],
    ["a password in a URL", () => `Connect with ${fakeSecrets.urlPassword()}`],
  ])("refuses %s with BAD_USER_INPUT, stores and echoes nothing", async (_n, body) => {
    const before = await t.snapshot();
    const text = body();
    const res = await t.gql(ADD, { input: { concept: "etcd", body: text } });
    const err = expectError(res, "BAD_USER_INPUT", "input.body");
    expect(err.message).toMatch(/credential/);
    const secretPart = text.split(/\s+/).sort((x, y) => y.length - x.length)[0]!;
    expect(JSON.stringify(res)).not.toContain(secretPart);
    expect(await t.snapshot()).toBe(before);
  });

  it("refuses a credential in an update, leaving the note as it was", async () => {
    const added = await t.gql(ADD, { input: { concept: "etcd", body: "Safe." } });
    const id = added.data!.addNote.id;
    const before = await t.snapshot();
    expectError(
      await t.gql(
        `mutation($id: ID!, $b: String!) { updateNote(id: $id, input: { body: $b }) { id } }`,
        { id, b: fakeSecrets.jwt() },
      ),
      "BAD_USER_INPUT",
      "input.body",
    );
    expect(await t.snapshot()).toBe(before);
  });
});
