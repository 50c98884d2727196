using System.Net;
using System.Text.Json;
using YouTubeStudio.Core.Identity;
using YouTubeStudio.Tests.Fixtures;

namespace YouTubeStudio.Tests.Security;

public sealed class ApiKeyAndAuditTests : IClassFixture<StudioAppFactory>
{
    private readonly StudioAppFactory _app;

    public ApiKeyAndAuditTests(StudioAppFactory app) => _app = app;

    private async Task<string> CreateKeyAsync(HttpClient client, string name = "n8n")
    {
        using var response = await client.PostJsonAsync("/api/v1/api-keys", new { name });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.ReadJsonAsync();
        var key = body.GetProperty("key").GetString()!;
        Assert.StartsWith("yts_", key);
        return key;
    }

    private HttpClient KeyClient(string key)
    {
        var client = _app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    [Fact]
    public async Task ApiKey_ActsWithItsOwnersRole_AndIsListedWithoutItsSecret()
    {
        using var admin = await _app.CreateClientAsync(Roles.Admin);
        var key = await CreateKeyAsync(admin);
        using var automation = KeyClient(key);

        using var created = await automation.PostJsonAsync("/api/v1/channels", new { name = $"Via key {Guid.NewGuid():N}" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var listed = await (await admin.GetAsync("/api/v1/api-keys")).ReadJsonAsync();
        var raw = listed.GetRawText();
        Assert.DoesNotContain(key, raw, StringComparison.Ordinal);
        Assert.Contains(listed.EnumerateArray(), k => k.GetProperty("prefix").GetString() == key[..10]);
    }

    [Fact]
    public async Task ApiKey_OfAViewer_ReadsButCannotChangeAnything()
    {
        using var viewer = await _app.CreateClientAsync(Roles.Viewer);
        using var automation = KeyClient(await CreateKeyAsync(viewer));

        Assert.Equal(HttpStatusCode.OK, (await automation.GetAsync("/api/v1/channels")).StatusCode);
        using var denied = await automation.PostJsonAsync("/api/v1/channels", new { name = "Nope" });
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
    }

    [Fact]
    public async Task ApiKey_Revoked_OrWrong_IsRefused()
    {
        using var admin = await _app.CreateClientAsync(Roles.Admin);
        var key = await CreateKeyAsync(admin, "to revoke");
        var id = (await (await admin.GetAsync("/api/v1/api-keys")).ReadJsonAsync()).EnumerateArray()
            .First(k => k.GetProperty("prefix").GetString() == key[..10]).GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/api-keys/{id}")).StatusCode);

        using var revoked = KeyClient(key);
        Assert.Equal(HttpStatusCode.Unauthorized, (await revoked.GetAsync("/api/v1/channels")).StatusCode);
        using var wrong = KeyClient("yts_" + new string('x', 43));
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrong.GetAsync("/api/v1/channels")).StatusCode);
    }

    [Fact]
    public async Task ApiKey_WithoutAName_IsAValidationProblem()
    {
        using var admin = await _app.CreateClientAsync(Roles.Admin);
        using var response = await admin.PostJsonAsync("/api/v1/api-keys", new { name = "  " });
        await response.AssertValidationErrorAsync("name");
    }

    [Fact]
    public async Task AuditLog_RecordsWhoChangedAChannel_AndOnlyTheAdminReadsIt()
    {
        using var admin = await _app.CreateClientAsync(Roles.Admin);
        var managerEmail = await _app.CreateUserAsync(Roles.Manager);
        using var manager = await _app.CreateClientAsync(managerEmail, StudioAppFactory.Password);
        var name = $"Audited {Guid.NewGuid():N}";
        using var created = await manager.PostJsonAsync("/api/v1/channels", new { name });
        var id = (await created.ReadJsonAsync()).GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.NoContent, (await manager.DeleteAsync($"/api/v1/channels/{id}")).StatusCode);

        var events = (await (await admin.GetAsync($"/api/v1/audit?search={Uri.EscapeDataString($"channel:{id}")}")).ReadJsonAsync()).EnumerateArray().ToList();
        Assert.Contains(events, e => e.GetProperty("action").GetString() == "channel.create" && e.GetProperty("user_email").GetString() == managerEmail);
        Assert.Contains(events, e => e.GetProperty("action").GetString() == "channel.delete" && e.GetProperty("details").GetString() == name);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync("/api/v1/audit")).StatusCode);
    }

    [Fact]
    public async Task AuditLog_RecordsFailedAndSuccessfulSignIns()
    {
        using var admin = await _app.CreateClientAsync(Roles.Admin);
        var email = await _app.CreateUserAsync(Roles.Viewer);
        using var anonymous = _app.CreateClient();
        (await anonymous.PostJsonAsync("/api/v1/auth/login", new { email, password = "Wrong!Passw0rd" })).Dispose();
        (await anonymous.PostJsonAsync("/api/v1/auth/login", new { email, password = StudioAppFactory.Password })).Dispose();

        var events = (await (await admin.GetAsync($"/api/v1/audit?search={Uri.EscapeDataString(email)}")).ReadJsonAsync()).EnumerateArray()
            .Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Contains("login.failed", events);
        Assert.Contains("login", events);
    }
}
