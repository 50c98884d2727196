namespace YouTubeStudio.Core.Audit;

/// <summary>Who did what, when: logins, role changes, channel changes, publishes, deletions.</summary>
public class AuditEvent
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public string? UserId { get; set; }
    public string? UserEmail { get; set; }
    public string Action { get; set; } = "";
    public string? Target { get; set; }
    public string? Details { get; set; }
    public string? IpAddress { get; set; }
}
