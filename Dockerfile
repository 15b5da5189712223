# The API and the worker share one image; docker-compose.yml picks the entry point.
# It runs the service only: to run `npm test` in a container, start from the build stage and
# `apt-get install openjdk-17-jdk-headless maven redis-server chromium fonts-noto-cjk` (the font draws
# Japanese in the browser test's screenshots), as .ci/run does.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json nest-cli.json ./
COPY src ./src
COPY workers ./workers
COPY web ./web
RUN npm run build && npm run build:web && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/web/dist ./web/dist
COPY graph-schema ./graph-schema
USER node
EXPOSE 3000
CMD ["node", "dist/src/main.js"]
