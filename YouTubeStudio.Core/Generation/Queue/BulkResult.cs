namespace YouTubeStudio.Core.Generation.Queue;

/// <summary>What a bulk submission queued and what it rejected, line by line.</summary>
public sealed record BulkResult(IReadOnlyList<BulkQueued> Queued, IReadOnlyList<BulkRejected> Rejected);

public sealed record BulkQueued(int Line, string Topic, Guid TaskId, long VideoId);

public sealed record BulkRejected(int Line, string Text, string Reason);
