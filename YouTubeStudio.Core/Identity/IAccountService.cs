using YouTubeStudio.Core.Common;

namespace YouTubeStudio.Core.Identity;

/// <summary>Accounts, roles, registration policy and invites. Each call uses its own scope and database context.</summary>
public interface IAccountService
{
    /// <summary>The registration mode in force: the Admin's setting, else <c>Identity:Registration</c>.</summary>
    Task<RegistrationMode> GetRegistrationModeAsync(CancellationToken cancellationToken = default);

    Task SetRegistrationModeAsync(RegistrationMode mode, CancellationToken cancellationToken = default);

    /// <summary>True while no account exists: the first one to register becomes Admin.</summary>
    Task<bool> IsFirstRunAsync(CancellationToken cancellationToken = default);

    /// <summary>Whether a person may register now (first run, open registration, or a valid invite).</summary>
    Task<bool> CanRegisterAsync(string? inviteToken, CancellationToken cancellationToken = default);

    /// <summary>Registers an account: the first becomes Admin, an invite gives its role, open registration gives Viewer.</summary>
    Task<RegisterResult> RegisterAsync(string? email, string? password, string? inviteToken, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<UserSummary>> ListUsersAsync(CancellationToken cancellationToken = default);

    Task<UserSummary?> FindAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>The Admin creates an account with a role.</summary>
    Task<Result<UserSummary>> CreateUserAsync(string? email, string? password, string? role, CancellationToken cancellationToken = default);

    /// <summary>Gives a user exactly one role. The last Admin cannot be demoted.</summary>
    Task<Result<UserSummary>> SetRoleAsync(string userId, string? role, CancellationToken cancellationToken = default);

    /// <summary>Deletes a user; the acting user and the last Admin cannot be deleted.</summary>
    Task<Result<bool>> DeleteUserAsync(string userId, string actingUserId, CancellationToken cancellationToken = default);

    Task<Result<bool>> UnlockAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>Creates a one-time invite and returns its secret token (shown once).</summary>
    Task<Result<string>> CreateInviteAsync(string? role, string? email, string createdBy, CancellationToken cancellationToken = default);
}
