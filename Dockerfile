# The API as one container: Node 20, the app compiled to JavaScript (dist/).
# SQLite by default (a file on the volume at /app/data); set DATABASE_URL=postgresql://... for
# PostgreSQL (see docker-compose.yml: PostgreSQL, a one-shot migration, two API replicas).
FROM node:20-bookworm-slim
# better-sqlite3 is compiled from source during npm ci.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
# npm ci's postinstall applies patches/ (patch-package), generates both Prisma clients and builds
# the app (npm run build: dist/, with the explorer's browser app), so it needs the whole tree.
COPY . .
RUN npm ci --no-audit --no-fund
ENV PORT=4000 HOST=0.0.0.0 DATABASE_URL=file:/app/data/kg.db
EXPOSE 4000
VOLUME ["/app/data"]
HEALTHCHECK --interval=10s --timeout=3s CMD node -e "fetch('http://127.0.0.1:4000/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# `node dist/src/cli/kg.js migrate` applies migrations and exits (the compose "migrate" service).
CMD ["node", "--max-semi-space-size=32", "dist/src/main.js"]
