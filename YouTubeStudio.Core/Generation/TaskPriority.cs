namespace YouTubeStudio.Core.Generation;

/// <summary>Queue priority; a queued higher one always starts before a queued lower one.</summary>
public enum TaskPriority
{
    High = 0,
    Normal = 1,
    Low = 2,
}
