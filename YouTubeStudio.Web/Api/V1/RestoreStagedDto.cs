namespace YouTubeStudio.Web.Api.V1;

/// <summary>The answer to a staged restore: what the archive holds and what to do next.</summary>
public sealed record RestoreStagedDto(DateTimeOffset CreatedAt, int Channels, int Videos, bool IncludesMedia, string Message);
