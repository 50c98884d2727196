namespace YouTubeStudio.Web.Api.V1;

public sealed record MarkedReadDto(int Marked);
