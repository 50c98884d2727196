namespace YouTubeStudio.Core.Audit;

/// <summary>
/// Who is acting in the current flow: set by the web host for each HTTP request and each Blazor
/// circuit activity, read by the audit log. Background jobs act as "system".
/// </summary>
public sealed record AuditActor(string? UserId, string? Email, string? IpAddress)
{
    private static readonly AsyncLocal<AuditActor?> Ambient = new();

    public static readonly AuditActor System = new(null, "system", null);

    public static AuditActor Current => Ambient.Value ?? System;

    public static IDisposable Use(AuditActor actor)
    {
        var previous = Ambient.Value;
        Ambient.Value = actor;
        return new Restore(previous);
    }

    private sealed class Restore(AuditActor? previous) : IDisposable
    {
        public void Dispose() => Ambient.Value = previous;
    }
}
