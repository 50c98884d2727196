# syntax=docker/dockerfile:1
# Build: docker build -t youtube-studio .   Run: docker compose up (see README.md)

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first, from the project files only, so the package layer is cached across code changes.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY YouTubeStudio.Core/YouTubeStudio.Core.csproj YouTubeStudio.Core/
COPY YouTubeStudio.Web/YouTubeStudio.Web.csproj YouTubeStudio.Web/
RUN dotnet restore YouTubeStudio.Web/YouTubeStudio.Web.csproj
COPY YouTubeStudio.Core/ YouTubeStudio.Core/
COPY YouTubeStudio.Web/ YouTubeStudio.Web/
RUN dotnet publish YouTubeStudio.Web/YouTubeStudio.Web.csproj -c Release -o /app --no-restore -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# ffmpeg and espeak-ng render videos and voices; DejaVu draws slides and subtitles; tzdata resolves
# channel time zones; curl serves the health check; postgresql-client's pg_dump backs up a PostgreSQL database.
RUN apt-get update \
    && apt-get install -y --no-install-recommends ffmpeg espeak-ng fonts-dejavu-core tzdata curl postgresql-client \
    && rm -rf /var/lib/apt/lists/*
RUN mkdir -p /data && chown app:app /data
# MALLOC_ARENA_MAX=2: glibc gives each busy thread its own malloc arena, and the native side of SkiaSharp and
# SQLite spread over them; the 15-minute soak (README, Performance) kept a flat working set with 2 instead of
# creeping by ~500 MB/h.
ENV Storage__Root=/data \
    ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_RUNNING_IN_CONTAINER=true \
    MALLOC_ARENA_MAX=2
WORKDIR /app
COPY --from=build --chown=root:root /app ./
# The image's non-root user (UID 1654); it owns /data only.
USER $APP_UID
VOLUME /data
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD curl -fsS http://localhost:8080/health/live || exit 1
ENTRYPOINT ["dotnet", "YouTubeStudio.Web.dll"]
