using YouTubeStudio.Core.Costs;
using YouTubeStudio.Core.Generation;
using YouTubeStudio.Core.Generation.Queue;
using YouTubeStudio.Core.Videos;

namespace YouTubeStudio.Web.Api.V1;

public sealed record StatusChangeDto(string Status, DateTimeOffset At, string? Note);

public sealed record VideoDto(
    long Id, long ChannelId, string? ChannelName, string Topic, string Format, string Status, string? FailureReason,
    string? Title, string? Description, IReadOnlyList<string> Tags, double? DurationSeconds, decimal CostUsd, decimal? BudgetCapUsd,
    int? ContentScore, string? YoutubeVideoId, string? YoutubeUrl, DateTimeOffset? PublishAt, DateTimeOffset? PublishedAt,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, string? VideoUrl, string? ThumbnailUrl,
    IReadOnlyList<StatusChangeDto>? History, TaskDto? Task)
{
    public static VideoDto From(Video v, string? channelName, decimal? cap, bool hasVideo, bool hasThumbnail, TaskDto? task = null) => new(
        v.Id, v.ChannelId, channelName, v.Topic, v.Format.ToString().ToLowerInvariant(), v.Status.ToWire(), v.FailureReason,
        v.Title, v.Description, v.Tags, v.DurationSeconds, v.CostUsd, cap, v.ContentScore, v.YouTubeVideoId,
        v.YouTubeVideoId is null ? null : $"https://www.youtube.com/watch?v={v.YouTubeVideoId}", v.PublishAt, v.PublishedAt,
        v.CreatedAt, v.UpdatedAt,
        hasVideo ? $"/api/v1/videos/{v.Id}/video" : null,
        hasThumbnail ? $"/api/v1/videos/{v.Id}/thumbnail" : null,
        v.History.Count > 0 ? v.History.Select(h => new StatusChangeDto(h.Status.ToWire(), h.At, h.Note)).ToList() : null,
        task);
}

/// <summary>The queue message (DESIGN.md §4) plus progress (§10).</summary>
public sealed record TaskDto(
    Guid TaskId, long VideoId, string Action, System.Text.Json.JsonElement Params, string Priority, DateTimeOffset Timestamp,
    string Status, string? Stage, int Progress, int Attempts, int MaxAttempts, string? LastError, string? FailureReason,
    DateTimeOffset QueuedAt, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, DateTimeOffset? NextAttemptAt, decimal CostUsd)
{
    public static TaskDto From(GenerationTask t) => new(
        t.Id, t.VideoId, t.Action, ParseParams(t.ParamsJson), t.Priority.ToString().ToLowerInvariant(), t.Timestamp,
        t.Status.ToWire(), t.Stage, t.Progress, t.Attempts, t.MaxAttempts, t.LastError, t.FailureReason,
        t.QueuedAt, t.StartedAt, t.FinishedAt, t.NextAttemptAt, t.CostUsd);

    private static System.Text.Json.JsonElement ParseParams(string json)
    {
        try
        {
            return System.Text.Json.JsonDocument.Parse(string.IsNullOrWhiteSpace(json) ? "{}" : json).RootElement.Clone();
        }
        catch (System.Text.Json.JsonException)
        {
            return System.Text.Json.JsonDocument.Parse("{}").RootElement.Clone();
        }
    }
}

public sealed record GenerateAccepted(Guid TaskId, long VideoId, string Status);

public sealed record CostEntryDto(string Stage, string Provider, decimal Units, string Unit, decimal UnitPriceUsd, decimal AmountUsd, DateTimeOffset CreatedAt)
{
    public static CostEntryDto From(CostEntry e) => new(e.Stage, e.Provider, e.Units, e.Unit, e.UnitPriceUsd, e.AmountUsd, e.CreatedAt);
}

public sealed record VideoCostsDto(long VideoId, decimal TotalUsd, IReadOnlyList<CostEntryDto> Entries);

public sealed record BulkRequest(long? ChannelId, IReadOnlyList<string>? Topics, string? Csv, string? Format, string? Priority);
