using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using YouTubeStudio.Core.Identity;
using YouTubeStudio.Tests.Fixtures;

namespace YouTubeStudio.Tests.Api;

/// <summary>
/// <c>/api/v1/auth/*</c> as DESIGN.md §10 specifies. Each test starts its own app: registration rules
/// depend on whether a user exists, and lockout and rate limits on what happened before.
/// </summary>
public sealed class AuthEndpointsTests
{
    private const string Register = "/api/v1/auth/register";
    private const string Login = "/api/v1/auth/login";
    private const string Refresh = "/api/v1/auth/refresh";
    private const string Me = "/api/v1/auth/me";

    [Fact]
    public async Task Register_FirstUser_Answers201AndBecomesAdmin()
    {
        await using var app = new StudioAppFactory();
        using var client = app.CreateClient();

        using var response = await client.PostJsonAsync(Register, new { email = "first@example.test", password = StudioAppFactory.Password });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.ReadJsonAsync();
        Assert.Equal("first@example.test", created.GetProperty("email").GetString());
        using var admin = await app.CreateClientAsync("first@example.test", StudioAppFactory.Password);
        var me = await (await admin.GetAsync(Me)).ReadJsonAsync();
        Assert.Equal("first@example.test", me.GetProperty("email").GetString());
        Assert.Equal(new[] { Roles.Admin }, me.GetProperty("roles").EnumerateArray().Select(r => r.GetString() ?? "").ToArray());
    }

    [Fact]
    public async Task Register_SecondUserWhileRegistrationIsClosed_Answers403()
    {
        await using var app = new StudioAppFactory();
        await app.CreateUserAsync(Roles.Admin);
        using var client = app.CreateClient();

        using var response = await client.PostJsonAsync(Register, new { email = "second@example.test", password = StudioAppFactory.Password });

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(RegistrationMode.Closed, await app.Accounts.GetRegistrationModeAsync());
        Assert.DoesNotContain(await app.Accounts.ListUsersAsync(), u => u.Email == "second@example.test");
    }

    [Fact]
    public async Task Register_WhenRegistrationIsOpen_CreatesAViewer()
    {
        await using var app = new StudioAppFactory();
        await app.CreateUserAsync(Roles.Admin);
        await app.Accounts.SetRegistrationModeAsync(RegistrationMode.Open);
        using var client = app.CreateClient();

        using var response = await client.PostJsonAsync(Register, new { email = "open@example.test", password = StudioAppFactory.Password });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(new[] { Roles.Viewer }, await RolesOfAsync(app, "open@example.test"));
    }

    [Theory]
    [InlineData("InviteOnly", HttpStatusCode.Forbidden)]
    [InlineData("Closed", HttpStatusCode.Forbidden)]
    [InlineData("Open", HttpStatusCode.Created)]
    public async Task Register_SecondUser_FollowsTheIdentityRegistrationSetting(string setting, HttpStatusCode expected)
    {
        await using var app = new StudioAppFactory { Settings = { ["Identity:Registration"] = setting } };
        await app.CreateUserAsync(Roles.Admin);
        using var client = app.CreateClient();

        using var response = await client.PostJsonAsync(Register, new { email = "second@example.test", password = StudioAppFactory.Password });

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(Enum.Parse<RegistrationMode>(setting), await app.Accounts.GetRegistrationModeAsync());
        Assert.Equal(expected == HttpStatusCode.Created ? 2 : 1, (await app.Accounts.ListUsersAsync()).Count);
    }

    [Fact]
    public async Task Register_WithAnInviteToken_GivesTheInvitesRoleAndUsesTheInvite()
    {
        await using var app = new StudioAppFactory();
        await app.CreateUserAsync(Roles.Admin);
        var admin = (await app.Accounts.ListUsersAsync()).Single();
        var invite = await app.Accounts.CreateInviteAsync(Roles.Manager, null, admin.Id);
        Assert.True(invite.IsOk);
        using var client = app.CreateClient();

        using var response = await client.PostJsonAsync(Register, new { email = "invited@example.test", password = StudioAppFactory.Password, invite_token = invite.Value });
        using var reuse = await client.PostJsonAsync(Register, new { email = "again@example.test", password = StudioAppFactory.Password, invite_token = invite.Value });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(new[] { Roles.Manager }, await RolesOfAsync(app, "invited@example.test"));
        await reuse.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("short")]
    [InlineData("alllowercaseletters")]
    [InlineData("NoDigitsOrSymbols")]
    public async Task Register_WithAWeakPassword_Answers400WithPasswordErrors(string password)
    {
        await using var app = new StudioAppFactory();
        using var client = app.CreateClient();

        using var response = await client.PostJsonAsync(Register, new { email = "weak@example.test", password });

        await response.AssertValidationErrorAsync("password");
        Assert.True(await app.Accounts.IsFirstRunAsync());
    }

    [Theory]
    [InlineData("not-an-email")]
    [InlineData("")]
    public async Task Register_WithAnInvalidEmail_Answers400WithEmailErrors(string email)
    {
        await using var app = new StudioAppFactory();
        using var client = app.CreateClient();

        using var response = await client.PostJsonAsync(Register, new { email, password = StudioAppFactory.Password });

        await response.AssertValidationErrorAsync("email");
        Assert.True(await app.Accounts.IsFirstRunAsync());
    }

    [Fact]
    public async Task Register_WithATakenEmail_Answers409()
    {
        await using var app = new StudioAppFactory();
        var email = await app.CreateUserAsync(Roles.Admin);
        await app.Accounts.SetRegistrationModeAsync(RegistrationMode.Open);
        using var client = app.CreateClient();

        using var response = await client.PostJsonAsync(Register, new { email = email.ToUpperInvariant(), password = StudioAppFactory.Password });

        await response.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Single(await app.Accounts.ListUsersAsync());
    }

    [Fact]
    public async Task Login_WithGoodCredentials_Answers200WithSnakeCaseBearerTokens()
    {
        await using var app = new StudioAppFactory();
        var email = await app.CreateUserAsync(Roles.Admin);
        using var client = app.CreateClient();

        using var response = await client.PostJsonAsync(Login, new { email, password = StudioAppFactory.Password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var tokens = await response.ReadJsonAsync();
        Assert.Equal("Bearer", tokens.GetProperty("token_type").GetString());
        Assert.False(string.IsNullOrEmpty(tokens.GetProperty("access_token").GetString()));
        Assert.False(string.IsNullOrEmpty(tokens.GetProperty("refresh_token").GetString()));
        Assert.True(tokens.GetProperty("expires_in").GetInt64() > 0);
        Assert.False(tokens.TryGetProperty("accessToken", out _));

        using var request = new HttpRequestMessage(HttpMethod.Get, Me);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens.GetProperty("access_token").GetString());
        using var me = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Equal(email, (await me.ReadJsonAsync()).GetProperty("email").GetString());
    }

    [Theory]
    [InlineData("Wrong!Passw0rd", true)]
    [InlineData(StudioAppFactory.Password, false)]
    public async Task Login_WithBadCredentials_Answers401(string password, bool knownEmail)
    {
        await using var app = new StudioAppFactory();
        var email = await app.CreateUserAsync(Roles.Admin);
        using var client = app.CreateClient();

        using var response = await client.PostJsonAsync(Login, new { email = knownEmail ? email : "nobody@example.test", password });

        var problem = await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.False(problem.TryGetProperty("access_token", out _));
    }

    [Fact]
    public async Task Login_AfterRepeatedFailures_LocksTheAccountAndAnswers423WithTheEndOfTheLockout()
    {
        await using var app = new StudioAppFactory { Settings = { ["Identity:MaxFailedAccessAttempts"] = "3", ["Identity:LockoutMinutes"] = "15" } };
        var email = await app.CreateUserAsync(Roles.Admin);
        using var client = app.CreateClient();
        var before = DateTimeOffset.UtcNow;

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var failed = await client.PostJsonAsync(Login, new { email, password = "Wrong!Passw0rd" });
            statuses.Add(failed.StatusCode);
        }
        using var locked = await client.PostJsonAsync(Login, new { email, password = StudioAppFactory.Password });

        Assert.Equal(new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, (HttpStatusCode)423 }, statuses);
        var problem = await locked.AssertProblemAsync((HttpStatusCode)423);
        var until = problem.GetProperty("locked_until").GetDateTimeOffset();
        Assert.InRange(until, before.AddMinutes(14), DateTimeOffset.UtcNow.AddMinutes(16));
        Assert.Contains(until.UtcDateTime.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture), problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Refresh_WithAValidRefreshToken_Answers200WithTokensThatWork()
    {
        await using var app = new StudioAppFactory();
        var email = await app.CreateUserAsync(Roles.Admin);
        using var client = app.CreateClient();
        var first = await (await client.PostJsonAsync(Login, new { email, password = StudioAppFactory.Password })).ReadJsonAsync();

        using var response = await client.PostJsonAsync(Refresh, new { refresh_token = first.GetProperty("refresh_token").GetString() });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var tokens = await response.ReadJsonAsync();
        Assert.Equal("Bearer", tokens.GetProperty("token_type").GetString());
        Assert.False(string.IsNullOrEmpty(tokens.GetProperty("refresh_token").GetString()));
        using var request = new HttpRequestMessage(HttpMethod.Get, Me);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens.GetProperty("access_token").GetString());
        using var me = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Equal(email, (await me.ReadJsonAsync()).GetProperty("email").GetString());
    }

    [Fact]
    public async Task Refresh_AfterTheUsersRoleChanged_Answers401SoTheNewRoleApplies()
    {
        await using var app = new StudioAppFactory();
        await app.CreateUserAsync(Roles.Admin);
        var email = await app.CreateUserAsync(Roles.Manager);
        using var client = app.CreateClient();
        var tokens = await (await client.PostJsonAsync(Login, new { email, password = StudioAppFactory.Password })).ReadJsonAsync();
        var user = (await app.Accounts.ListUsersAsync()).Single(u => u.Email == email);

        Assert.True((await app.Accounts.SetRoleAsync(user.Id, Roles.Viewer)).IsOk);
        using var response = await client.PostJsonAsync(Refresh, new { refresh_token = tokens.GetProperty("refresh_token").GetString() });

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(new[] { Roles.Viewer }, await RolesOfAsync(app, email));
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("")]
    public async Task Refresh_WithAnInvalidRefreshToken_Answers401(string token)
    {
        await using var app = new StudioAppFactory();
        await app.CreateUserAsync(Roles.Admin);
        using var client = app.CreateClient();

        using var response = await client.PostJsonAsync(Refresh, new { refresh_token = token });

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Refresh_WithAnAccessTokenInsteadOfARefreshToken_Answers401()
    {
        await using var app = new StudioAppFactory();
        var email = await app.CreateUserAsync(Roles.Admin);
        using var client = app.CreateClient();
        var tokens = await (await client.PostJsonAsync(Login, new { email, password = StudioAppFactory.Password })).ReadJsonAsync();

        using var response = await client.PostJsonAsync(Refresh, new { refresh_token = tokens.GetProperty("access_token").GetString() });

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Login_BeyondTheAuthRateLimit_Answers429WithRetryAfter()
    {
        await using var app = new StudioAppFactory { AuthPermitPerMinute = 2 };
        using var client = app.CreateClient();
        var body = new { email = "nobody@example.test", password = "Wrong!Passw0rd" };

        using var first = await client.PostJsonAsync(Login, body);
        using var second = await client.PostJsonAsync(Login, body);
        using var third = await client.PostJsonAsync(Login, body);

        Assert.Equal(HttpStatusCode.Unauthorized, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, second.StatusCode);
        await third.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        var retryAfter = third.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task Me_Anonymous_Answers401()
    {
        await using var app = new StudioAppFactory();
        using var client = app.CreateClient();

        using var response = await client.GetAsync(Me);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Me_WithAGarbageBearerToken_Answers401()
    {
        await using var app = new StudioAppFactory();
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "garbage");

        using var response = await client.GetAsync(Me);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static async Task<string[]> RolesOfAsync(StudioAppFactory app, string email)
    {
        using var client = await app.CreateClientAsync(email, StudioAppFactory.Password);
        using var response = await client.GetAsync(Me);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var me = await response.ReadJsonAsync();
        return me.GetProperty("roles").EnumerateArray().Select(r => r.GetString() ?? "").ToArray();
    }
}
