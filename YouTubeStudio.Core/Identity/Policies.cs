namespace YouTubeStudio.Core.Identity;

public static class Policies
{
    /// <summary>Any signed-in user with a role.</summary>
    public const string CanRead = "CanRead";

    /// <summary>Admin or Manager.</summary>
    public const string CanEdit = "CanEdit";

    /// <summary>Admin only.</summary>
    public const string AdminOnly = "AdminOnly";
}
