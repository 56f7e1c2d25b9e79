# storybot: a static binary on a distroless base, running as a non-root user.
#
#   docker build -t storybot .
#   docker run --env-file .env -v storybot-corpus:/corpus -p 9090:9090 storybot
#
# The article and fact sheet are embedded in the binary. With a volume at
# /corpus (STORYBOT_CORPUS below), the bot seeds it with the built-in story on
# first start and moderators' /reindex uploads are saved there. The question
# log and the corpus versions go in SQLite in /corpus/.storybot (safe for a
# rolling deploy sharing the volume); replicas on several hosts share a
# PostgreSQL instead: set STORYBOT_DATABASE_URL, and STORYBOT_GATEWAY=off on
# all but one process per shard.

FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# The build command (a test runs this exact line without Docker):
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/storybot ./cmd/storybot
RUN mkdir -p /out/corpus

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/storybot /usr/local/bin/storybot
COPY --from=build --chown=65532:65532 /out/corpus /corpus
ENV STORYBOT_CORPUS=/corpus \
    STORYBOT_HTTP_ADDR=:9090 \
    STORYBOT_LOG_FORMAT=json
VOLUME ["/corpus"]
EXPOSE 9090
USER nonroot:nonroot
ENTRYPOINT ["/usr/local/bin/storybot"]
CMD ["serve"]
