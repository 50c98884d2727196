namespace YouTubeStudio.Core.Generation;

/// <summary>What is sent to YouTube: title (at most 100 characters), description (at most 5000, with chapters), tags (at most 500 characters as YouTube counts them).</summary>
public sealed record VideoMetadata(string Title, string Description, IReadOnlyList<string> Tags, IReadOnlyList<VideoChapter> Chapters);
