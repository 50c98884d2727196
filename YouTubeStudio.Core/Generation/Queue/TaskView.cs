using YouTubeStudio.Core.Videos;

namespace YouTubeStudio.Core.Generation.Queue;

/// <summary>A task with what the queue page shows beside it.</summary>
public sealed record TaskView(GenerationTask Task, string ChannelName, string Topic, string Format, string? Title, decimal CapUsd, decimal AlertUsd)
{
    public VideoStatus Status => Task.Status;
}
