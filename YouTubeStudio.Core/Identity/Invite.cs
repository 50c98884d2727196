namespace YouTubeStudio.Core.Identity;

/// <summary>A one-time registration link the Admin hands out; only the token's hash is stored.</summary>
public class Invite
{
    public long Id { get; set; }
    public string TokenHash { get; set; } = "";
    public string Role { get; set; } = Roles.Viewer;
    public string? Email { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? UsedAt { get; set; }
    public string? UsedBy { get; set; }
}
