namespace YouTubeStudio.Core.Audit;

/// <summary>Who did what, when (logins, role changes, channel changes, publishes, deletions).</summary>
public interface IAuditLog
{
    /// <summary>Records an action by the current actor; never throws (an audit failure is logged, the action stands).</summary>
    Task RecordAsync(string action, string? target = null, string? details = null, CancellationToken cancellationToken = default);

    /// <summary>Newest first, optionally filtered by text in action, target, user or details.</summary>
    Task<IReadOnlyList<AuditEvent>> ListAsync(string? search = null, int limit = 200, CancellationToken cancellationToken = default);
}
