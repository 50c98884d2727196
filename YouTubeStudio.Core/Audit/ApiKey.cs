namespace YouTubeStudio.Core.Audit;

/// <summary>A key for automation (n8n, scripts), carrying its owner's role. Only a hash is stored.</summary>
public class ApiKey
{
    public long Id { get; set; }
    public string UserId { get; set; } = "";
    public string Name { get; set; } = "";
    public string Prefix { get; set; } = "";
    public string Hash { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}
