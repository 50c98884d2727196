namespace YouTubeStudio.Core.Generation;

/// <summary>The slide images, one per scene in scene order, and what drawing them cost.</summary>
public sealed record SceneRenderResult(IReadOnlyList<string> Files, StageUsage Usage);
