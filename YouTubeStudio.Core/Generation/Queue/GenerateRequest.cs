namespace YouTubeStudio.Core.Generation.Queue;

/// <summary>A request to make one video (API body of <c>POST videos/generate</c>).</summary>
public sealed record GenerateRequest
{
    public long? ChannelId { get; init; }
    public string? Topic { get; init; }
    public string? Format { get; init; }
    public string? Priority { get; init; }
    public Dictionary<string, System.Text.Json.JsonElement>? Params { get; init; }
}
