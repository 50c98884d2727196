namespace YouTubeStudio.Core.Identity;

public sealed class IdentitySettings
{
    public const string SectionName = "Identity";

    /// <summary><c>Identity:Registration</c>; the Admin can change it on the Settings page, which then wins.</summary>
    public RegistrationMode Registration { get; set; } = RegistrationMode.Closed;

    /// <summary>Failed sign-ins before an account locks.</summary>
    public int MaxFailedAccessAttempts { get; set; } = 5;

    public int LockoutMinutes { get; set; } = 15;

    public int AccessTokenMinutes { get; set; } = 60;

    public int InviteValidDays { get; set; } = 7;
}
