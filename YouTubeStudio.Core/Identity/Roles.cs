namespace YouTubeStudio.Core.Identity;

/// <summary>The three roles of the installation. A Viewer reads everything and changes nothing.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string Manager = "Manager";
    public const string Viewer = "Viewer";

    /// <summary>Roles that may change things (policy <see cref="Policies.CanEdit"/>).</summary>
    public const string Editors = Admin + "," + Manager;

    public static readonly IReadOnlyList<string> All = [Admin, Manager, Viewer];
}
