namespace YouTubeStudio.Core.Identity;

/// <summary>
/// Who may create an account. The first account is always allowed (it becomes Admin).
/// Closed and InviteOnly both accept the Admin's invite links; only Open lets anyone register.
/// </summary>
public enum RegistrationMode
{
    Closed,
    InviteOnly,
    Open,
}
