using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using YouTubeStudio.Core.Common;
using YouTubeStudio.Core.Data;

namespace YouTubeStudio.Core.Identity;

internal sealed class AccountService(
    IServiceScopeFactory scopes,
    IDbContextFactory<AppDbContext> dbFactory,
    IOptions<IdentitySettings> settings,
    YouTubeStudio.Core.Audit.IAuditLog audit,
    TimeProvider time) : IAccountService
{
    private const string RegistrationKey = "identity.registration";

    // Two first registrations at once must not both become Admin.
    private static readonly SemaphoreSlim RegisterLock = new(1, 1);

    public async Task<RegistrationMode> GetRegistrationModeAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var stored = await db.AppSettings.AsNoTracking().Where(s => s.Key == RegistrationKey).Select(s => s.Value).FirstOrDefaultAsync(cancellationToken);
        return Enum.TryParse<RegistrationMode>(stored, out var mode) ? mode : settings.Value.Registration;
    }

    public async Task SetRegistrationModeAsync(RegistrationMode mode, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.AppSettings.FirstOrDefaultAsync(s => s.Key == RegistrationKey, cancellationToken);
        if (row is null) db.AppSettings.Add(row = new AppSetting { Key = RegistrationKey });
        row.Value = mode.ToString();
        row.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("settings.registration", null, mode.ToString(), cancellationToken);
    }

    public async Task<bool> IsFirstRunAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return !await db.Users.AnyAsync(cancellationToken);
    }

    public async Task<bool> CanRegisterAsync(string? inviteToken, CancellationToken cancellationToken = default)
    {
        if (await IsFirstRunAsync(cancellationToken)) return true;
        if (!string.IsNullOrEmpty(inviteToken)) return await FindValidInviteAsync(inviteToken, cancellationToken) is not null;
        return await GetRegistrationModeAsync(cancellationToken) == RegistrationMode.Open;
    }

    public async Task<RegisterResult> RegisterAsync(string? email, string? password, string? inviteToken, CancellationToken cancellationToken = default)
    {
        await RegisterLock.WaitAsync(cancellationToken);
        try
        {
            string role;
            Invite? invite = null;
            if (await IsFirstRunAsync(cancellationToken)) role = Roles.Admin;
            else if (!string.IsNullOrEmpty(inviteToken))
            {
                invite = await FindValidInviteAsync(inviteToken, cancellationToken);
                if (invite is null) return new RegisterResult(RegisterOutcome.Closed, null, Empty, "This invite link is invalid, used or expired. Ask the Admin for a new one.");
                role = invite.Role;
            }
            else if (await GetRegistrationModeAsync(cancellationToken) == RegistrationMode.Open) role = Roles.Viewer;
            else return new RegisterResult(RegisterOutcome.Closed, null, Empty, "Registration is closed. Ask the Admin for an account or an invite link.");

            if (invite?.Email is { } invitedEmail && !string.Equals(invitedEmail, email?.Trim(), StringComparison.OrdinalIgnoreCase))
                return new RegisterResult(RegisterOutcome.Invalid, null, new Dictionary<string, string[]> { ["email"] = [$"This invite is for {invitedEmail}."] }, "The e-mail does not match the invite.");

            var created = await CreateWithRoleAsync(email, password, role, cancellationToken);
            if (!created.IsOk)
            {
                var outcome = created.Status == ResultStatus.Conflict ? RegisterOutcome.Taken : RegisterOutcome.Invalid;
                return new RegisterResult(outcome, null, created.Errors, created.Message);
            }

            if (invite is not null)
            {
                await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
                await db.Invites.Where(i => i.Id == invite.Id).ExecuteUpdateAsync(
                    s => s.SetProperty(i => i.UsedAt, time.GetUtcNow()).SetProperty(i => i.UsedBy, created.Value!.Email), cancellationToken);
            }
            await audit.RecordAsync("user.register", $"user:{created.Value!.Id}", $"{created.Value.Email} as {string.Join(',', created.Value.Roles)}", cancellationToken);
            return new RegisterResult(RegisterOutcome.Created, created.Value, Empty, null);
        }
        finally
        {
            RegisterLock.Release();
        }
    }

    public async Task<IReadOnlyList<UserSummary>> ListUsersAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var users = await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(cancellationToken);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name })
            .AsNoTracking().ToListAsync(cancellationToken);
        var byUser = roles.ToLookup(r => r.UserId, r => r.Name!);
        return users.Select(u => ToSummary(u, byUser[u.Id].ToList())).ToList();
    }

    public async Task<UserSummary?> FindAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByIdAsync(userId);
        return user is null ? null : ToSummary(user, [.. await users.GetRolesAsync(user)]);
    }

    public async Task<Result<UserSummary>> CreateUserAsync(string? email, string? password, string? role, CancellationToken cancellationToken = default)
    {
        if (NormalizeRole(role) is not { } validRole) return Result<UserSummary>.Invalid("role", "Role must be Admin, Manager or Viewer.");
        var result = await CreateWithRoleAsync(email, password, validRole, cancellationToken);
        if (result.IsOk) await audit.RecordAsync("user.create", $"user:{result.Value!.Id}", $"{result.Value.Email} as {validRole}", cancellationToken);
        return result;
    }

    public async Task<Result<UserSummary>> SetRoleAsync(string userId, string? role, CancellationToken cancellationToken = default)
    {
        if (NormalizeRole(role) is not { } validRole) return Result<UserSummary>.Invalid("role", "Role must be Admin, Manager or Viewer.");
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByIdAsync(userId);
        if (user is null) return Result<UserSummary>.NotFound($"User {userId} does not exist.");
        var current = await users.GetRolesAsync(user);
        if (current.Contains(Roles.Admin) && validRole != Roles.Admin && (await users.GetUsersInRoleAsync(Roles.Admin)).Count <= 1)
            return Result<UserSummary>.Conflict("The last Admin cannot be given another role: make someone else Admin first.");
        await users.RemoveFromRolesAsync(user, current);
        await users.AddToRoleAsync(user, validRole);
        // A new security stamp ends the user's sessions and tokens, so the new role applies at once.
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync("user.role", $"user:{userId}", $"{user.Email}: {string.Join(',', current)} -> {validRole}", cancellationToken);
        return Result<UserSummary>.Ok(ToSummary(user, [validRole]));
    }

    public async Task<Result<bool>> DeleteUserAsync(string userId, string actingUserId, CancellationToken cancellationToken = default)
    {
        if (userId == actingUserId) return Result<bool>.Conflict("You cannot delete your own account here.");
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByIdAsync(userId);
        if (user is null) return Result<bool>.NotFound($"User {userId} does not exist.");
        if (await users.IsInRoleAsync(user, Roles.Admin) && (await users.GetUsersInRoleAsync(Roles.Admin)).Count <= 1)
            return Result<bool>.Conflict("The last Admin cannot be deleted.");
        await users.DeleteAsync(user);
        await audit.RecordAsync("user.delete", $"user:{userId}", user.Email, cancellationToken);
        return Result<bool>.Ok(true);
    }

    public async Task<Result<bool>> UnlockAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByIdAsync(userId);
        if (user is null) return Result<bool>.NotFound($"User {userId} does not exist.");
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await audit.RecordAsync("user.unlock", $"user:{userId}", user.Email, cancellationToken);
        return Result<bool>.Ok(true);
    }

    public async Task<Result<string>> CreateInviteAsync(string? role, string? email, string createdBy, CancellationToken cancellationToken = default)
    {
        if (NormalizeRole(role) is not { } validRole) return Result<string>.Invalid("role", "Role must be Admin, Manager or Viewer.");
        if (!string.IsNullOrWhiteSpace(email) && !new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(email.Trim()))
            return Result<string>.Invalid("email", "Enter a valid e-mail address or leave it empty.");
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.Invites.Add(new Invite
        {
            TokenHash = Hash(token),
            Role = validRole,
            Email = string.IsNullOrWhiteSpace(email) ? null : email.Trim(),
            CreatedBy = createdBy,
            CreatedAt = now,
            ExpiresAt = now.AddDays(settings.Value.InviteValidDays),
        });
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("user.invite", email, validRole, cancellationToken);
        return Result<string>.Ok(token);
    }

    private async Task<Result<UserSummary>> CreateWithRoleAsync(string? email, string? password, string role, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        email = email?.Trim();
        if (string.IsNullOrEmpty(email)) errors.Add("email", "E-mail is required.");
        else if (!new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(email) || email.Length > 256) errors.Add("email", "Enter a valid e-mail address.");
        if (string.IsNullOrEmpty(password)) errors.Add("password", "Password is required.");
        if (errors.Any) return Result<UserSummary>.Invalid(errors.ToDictionary());

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        if (await users.FindByEmailAsync(email!) is not null) return Result<UserSummary>.Conflict($"An account for {email} already exists.", "email");

        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, CreatedAt = time.GetUtcNow() };
        var result = await users.CreateAsync(user, password!);
        if (!result.Succeeded)
        {
            if (result.Errors.Any(e => e.Code is "DuplicateUserName" or "DuplicateEmail"))
                return Result<UserSummary>.Conflict($"An account for {email} already exists.", "email");
            foreach (var error in result.Errors)
                errors.Add(error.Code.StartsWith("Password", StringComparison.Ordinal) ? "password" : "email", error.Description);
            return Result<UserSummary>.Invalid(errors.ToDictionary());
        }
        await users.AddToRoleAsync(user, role);
        return Result<UserSummary>.Ok(ToSummary(user, [role]));
    }

    private async Task<Invite?> FindValidInviteAsync(string token, CancellationToken cancellationToken)
    {
        var hash = Hash(token);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var invite = await db.Invites.AsNoTracking().FirstOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        return invite is { UsedAt: null } && invite.ExpiresAt > time.GetUtcNow() ? invite : null;
    }

    private static string? NormalizeRole(string? role) =>
        Roles.All.FirstOrDefault(r => string.Equals(r, role?.Trim(), StringComparison.OrdinalIgnoreCase));

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private UserSummary ToSummary(ApplicationUser u, IReadOnlyList<string> roles) =>
        new(u.Id, u.Email ?? u.UserName ?? "", roles, u.CreatedAt,
            u.LockoutEnd is { } end && end > time.GetUtcNow() ? end : null);

    private static readonly IReadOnlyDictionary<string, string[]> Empty = new Dictionary<string, string[]>();
}
