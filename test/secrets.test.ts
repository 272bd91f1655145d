import { describe, expect, it } from "vitest";
import { findSecrets, redactSecrets } from "../src/graph/secrets.js";
import { fakeSecrets } from "./helpers.js";

describe("credential detection", () => {
  it.each([
    ["JSON Web Token", () => `token: ${fakeSecrets.jwt()}`],
    ["PEM private key", fakeSecrets.pem],
    ["AWS access key id", fakeSecrets.awsKey],
    ["password in URL", fakeSecrets.urlPassword],
    ["GitHub token", () => `ghp_${"a1B2c3D4e5".repeat(4)}`],
    [
      "kubeconfig credential",
      () => `client-key-data: ${"TFMwdExTMUNSVWRKVGlCU1UwRWdVRkpKVms".repeat(2)}`,
    ],
  ])("finds a %s, named by its most specific kind", (kind, make) => {
    const found = findSecrets(`before ${make()} after`);
    expect(found.map((f) => f.kind)).toEqual([kind]);
  });

  it.each([
    "Run kubectl proxy and open http://localhost:8001/api/v1/namespaces/kubernetes-dashboard/services/https:kubernetes-dashboard:/proxy/",
    "Connect to postgres://db.internal:5432/app as the app user.",
    "A ServiceAccount token is a JWT; create one with kubectl create token.",
    "password: changeme",
  ])("leaves ordinary text alone: %s", (text) => {
    expect(findSecrets(text)).toEqual([]);
  });

  it("redacts every finding and reports where", () => {
    const text = `a ${fakeSecrets.jwt()} b ${fakeSecrets.awsKey()} c`;
    const { text: out, findings } = redactSecrets(text);
    expect(out).toBe("a [REDACTED JSON Web Token] b [REDACTED AWS access key id] c");
    expect(findings.map((f) => f.index)).toEqual([2, text.indexOf("AKIA")]);
  });
});
