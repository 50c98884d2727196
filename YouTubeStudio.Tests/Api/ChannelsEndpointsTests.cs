using System.Net;
using System.Text.Json;
using YouTubeStudio.Core.Identity;
using YouTubeStudio.Tests.Fixtures;

namespace YouTubeStudio.Tests.Api;

/// <summary>
/// <c>/api/v1/channels</c> as DESIGN.md §10 specifies, plus the anonymous machine endpoints
/// (OpenAPI, health). The tests share one app; each uses channel names of its own.
/// </summary>
public sealed class ChannelsEndpointsTests(StudioAppFactory app) : IClassFixture<StudioAppFactory>
{
    private const string Channels = "/api/v1/channels";

    [Fact]
    public async Task List_AsAnyRole_Answers200WithTheChannels()
    {
        using var admin = await app.CreateClientAsync(Roles.Admin);
        var name = UniqueName();
        using var created = await admin.PostJsonAsync(Channels, new { name });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        using var response = await admin.GetAsync(Channels);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var list = await response.ReadJsonAsync();
        Assert.Equal(JsonValueKind.Array, list.ValueKind);
        Assert.Contains(list.EnumerateArray(), c => c.GetProperty("name").GetString() == name);
    }

    [Fact]
    public async Task Create_WithOnlyAName_Answers201WithLocationAndEveryDefault()
    {
        using var admin = await app.CreateClientAsync(Roles.Admin);
        var name = UniqueName();
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        using var response = await admin.PostJsonAsync(Channels, new { name });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var channel = await response.ReadJsonAsync();
        var id = channel.GetProperty("id").GetInt64();
        Assert.True(id > 0);
        Assert.Equal($"/api/v1/channels/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal(name, channel.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, channel.GetProperty("youtube_channel_id").ValueKind);
        Assert.Equal("", channel.GetProperty("niche").GetString());
        Assert.Equal("en", channel.GetProperty("language").GetString());
        Assert.Equal("shorts", channel.GetProperty("content_type").GetString());
        Assert.Equal("en-us", channel.GetProperty("default_voice").GetString());
        Assert.Equal(1, channel.GetProperty("videos_per_day").GetInt32());
        Assert.Equal("17:00", channel.GetProperty("publish_time").GetString());
        Assert.Equal("UTC", channel.GetProperty("time_zone").GetString());
        Assert.False(channel.GetProperty("auto_publish").GetBoolean());
        Assert.Equal(2.5m, channel.GetProperty("budget_alert_usd").GetDecimal());
        Assert.Equal(3.0m, channel.GetProperty("budget_cap_usd").GetDecimal());
        Assert.True(channel.GetProperty("is_active").GetBoolean());
        var createdAt = channel.GetProperty("created_at").GetDateTimeOffset();
        Assert.Equal(TimeSpan.Zero, createdAt.Offset);
        Assert.InRange(createdAt, before, DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.Equal(createdAt, channel.GetProperty("updated_at").GetDateTimeOffset());
        Assert.False(channel.TryGetProperty("BudgetCapUsd", out _));
        Assert.False(channel.TryGetProperty("budgetCapUsd", out _));

        using var fetched = await admin.GetAsync(response.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, fetched.StatusCode);
        Assert.Equal(name, (await fetched.ReadJsonAsync()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Create_WithEveryField_KeepsWhatWasSent()
    {
        using var admin = await app.CreateClientAsync(Roles.Admin);
        var name = UniqueName();

        using var response = await admin.PostJsonAsync(Channels, new
        {
            name,
            youtube_channel_id = "UC1234567890abcdefghijkl",
            niche = "Space news for teenagers",
            language = "de",
            content_type = "landscape",
            default_voice = "de+f3",
            videos_per_day = 3,
            publish_time = "08:30",
            time_zone = "Europe/Berlin",
            auto_publish = true,
            budget_alert_usd = 1.123456m,
            budget_cap_usd = 2.5m,
            is_active = false,
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.ReadJsonAsync()).GetProperty("id").GetInt64();
        var channel = await (await admin.GetAsync($"{Channels}/{id}")).ReadJsonAsync();
        Assert.Equal("UC1234567890abcdefghijkl", channel.GetProperty("youtube_channel_id").GetString());
        Assert.Equal("Space news for teenagers", channel.GetProperty("niche").GetString());
        Assert.Equal("de", channel.GetProperty("language").GetString());
        Assert.Equal("landscape", channel.GetProperty("content_type").GetString());
        Assert.Equal("de+f3", channel.GetProperty("default_voice").GetString());
        Assert.Equal(3, channel.GetProperty("videos_per_day").GetInt32());
        Assert.Equal("08:30", channel.GetProperty("publish_time").GetString());
        Assert.Equal("Europe/Berlin", channel.GetProperty("time_zone").GetString());
        Assert.True(channel.GetProperty("auto_publish").GetBoolean());
        Assert.Equal(1.123456m, channel.GetProperty("budget_alert_usd").GetDecimal());
        Assert.Equal(2.5m, channel.GetProperty("budget_cap_usd").GetDecimal());
        Assert.False(channel.GetProperty("is_active").GetBoolean());
    }

    public static TheoryData<string, string> InvalidBodies => new()
    {
        { """{}""", "name" },
        { """{"name": "   "}""", "name" },
        { """{"name": "X", "time_zone": "Mars/Olympus_Mons"}""", "time_zone" },
        { """{"name": "X", "budget_cap_usd": -1}""", "budget_cap_usd" },
        { """{"name": "X", "budget_alert_usd": -0.01}""", "budget_alert_usd" },
        { """{"name": "X", "budget_alert_usd": 3.5, "budget_cap_usd": 3.0}""", "budget_alert_usd" },
        { """{"name": "X", "budget_alert_usd": 3.01}""", "budget_alert_usd" },
        { """{"name": "X", "content_type": "podcast"}""", "content_type" },
        { """{"name": "X", "publish_time": "25:00"}""", "publish_time" },
        { """{"name": "X", "publish_time": "5pm"}""", "publish_time" },
        { """{"name": "X", "videos_per_day": -1}""", "videos_per_day" },
        { """{"name": "X", "language": "English"}""", "language" },
        { """{"name": "X", "youtube_channel_id": "not-a-channel"}""", "youtube_channel_id" },
    };

    [Theory]
    [MemberData(nameof(InvalidBodies))]
    public async Task Create_WithAnInvalidField_Answers400WithErrorsKeyedBySnakeCaseField(string body, string field)
    {
        using var admin = await app.CreateClientAsync(Roles.Admin);
        var name = UniqueName();
        body = body.Replace("\"X\"", JsonSerializer.Serialize(name), StringComparison.Ordinal);
        var countBefore = await CountAsync(admin);

        using var response = await admin.PostAsync(Channels, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await response.AssertValidationErrorAsync(field);
        Assert.Equal(countBefore, await CountAsync(admin));
    }

    [Theory]
    [InlineData("""{"name": "Broken",""")]
    [InlineData("""{"name": "Typed", "budget_cap_usd": "three"}""")]
    [InlineData("""{"name": "Typed", "videos_per_day": 1.5}""")]
    public async Task Create_WithMalformedJson_Answers400Problem(string body)
    {
        using var admin = await app.CreateClientAsync(Roles.Admin);
        var countBefore = await CountAsync(admin);

        using var response = await admin.PostAsync(Channels, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(countBefore, await CountAsync(admin));
    }

    [Fact]
    public async Task Create_WithANameThatDiffersOnlyInCase_Answers409()
    {
        using var admin = await app.CreateClientAsync(Roles.Admin);
        var name = UniqueName();
        using var first = await admin.PostJsonAsync(Channels, new { name });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);

        using var duplicate = await admin.PostJsonAsync(Channels, new { name = " " + name.ToUpperInvariant() + " " });

        var problem = await duplicate.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("name", problem.GetProperty("errors").EnumerateObject().Select(p => p.Name));
        var list = await (await admin.GetAsync(Channels)).ReadJsonAsync();
        Assert.Single(list.EnumerateArray(), c => string.Equals(c.GetProperty("name").GetString(), name, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Get_AnExistingChannel_Answers200AndAMissingOne404()
    {
        using var admin = await app.CreateClientAsync(Roles.Admin);
        var id = await CreateAsync(admin, UniqueName());

        using var found = await admin.GetAsync($"{Channels}/{id}");
        using var missing = await admin.GetAsync($"{Channels}/{id + 1_000_000}");

        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        Assert.Equal(id, (await found.ReadJsonAsync()).GetProperty("id").GetInt64());
        await missing.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Put_WithSomeFields_Answers200AndKeepsTheOthers()
    {
        using var admin = await app.CreateClientAsync(Roles.Admin);
        var name = UniqueName();
        using var created = await admin.PostJsonAsync(Channels, new { name, niche = "Cooking", language = "fr", budget_cap_usd = 2.75m, time_zone = "Asia/Tokyo" });
        var original = await created.ReadJsonAsync();
        var id = original.GetProperty("id").GetInt64();

        using var response = await admin.PutJsonAsync($"{Channels}/{id}", new { niche = "Baking", videos_per_day = 2 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var changed = await response.ReadJsonAsync();
        Assert.Equal("Baking", changed.GetProperty("niche").GetString());
        Assert.Equal(2, changed.GetProperty("videos_per_day").GetInt32());
        var stored = await (await admin.GetAsync($"{Channels}/{id}")).ReadJsonAsync();
        Assert.Equal("Baking", stored.GetProperty("niche").GetString());
        Assert.Equal(name, stored.GetProperty("name").GetString());
        Assert.Equal("fr", stored.GetProperty("language").GetString());
        Assert.Equal("Asia/Tokyo", stored.GetProperty("time_zone").GetString());
        Assert.Equal(2.75m, stored.GetProperty("budget_cap_usd").GetDecimal());
        Assert.Equal(2.5m, stored.GetProperty("budget_alert_usd").GetDecimal());
        // SQLite keeps timestamps to 0.1 ms, PostgreSQL to 1 µs: the stored value is the same instant within that.
        var createdDifference = original.GetProperty("created_at").GetDateTimeOffset() - stored.GetProperty("created_at").GetDateTimeOffset();
        Assert.True(createdDifference.Duration() < TimeSpan.FromMilliseconds(1), $"created_at changed by {createdDifference}");
        Assert.True(stored.GetProperty("updated_at").GetDateTimeOffset() >= stored.GetProperty("created_at").GetDateTimeOffset());
    }

    [Fact]
    public async Task Put_OnAMissingChannel_Answers404()
    {
        using var admin = await app.CreateClientAsync(Roles.Admin);

        using var response = await admin.PutJsonAsync($"{Channels}/987654321", new { niche = "Nothing" });

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Put_RenamingToAnotherChannelsName_Answers409AndChangesNothing()
    {
        using var admin = await app.CreateClientAsync(Roles.Admin);
        var taken = UniqueName();
        await CreateAsync(admin, taken);
        var own = UniqueName();
        var id = await CreateAsync(admin, own);

        using var response = await admin.PutJsonAsync($"{Channels}/{id}", new { name = taken.ToLowerInvariant(), niche = "Changed" });

        await response.AssertProblemAsync(HttpStatusCode.Conflict);
        var stored = await (await admin.GetAsync($"{Channels}/{id}")).ReadJsonAsync();
        Assert.Equal(own, stored.GetProperty("name").GetString());
        Assert.Equal("", stored.GetProperty("niche").GetString());
    }

    [Fact]
    public async Task Put_WithAnInvalidField_Answers400AndChangesNothing()
    {
        using var admin = await app.CreateClientAsync(Roles.Admin);
        var id = await CreateAsync(admin, UniqueName());

        using var response = await admin.PutJsonAsync($"{Channels}/{id}", new { niche = "Changed", budget_cap_usd = -5m });

        await response.AssertValidationErrorAsync("budget_cap_usd");
        var stored = await (await admin.GetAsync($"{Channels}/{id}")).ReadJsonAsync();
        Assert.Equal("", stored.GetProperty("niche").GetString());
        Assert.Equal(3.0m, stored.GetProperty("budget_cap_usd").GetDecimal());
    }

    [Fact]
    public async Task Delete_AnExistingChannel_Answers204AndThen404()
    {
        using var admin = await app.CreateClientAsync(Roles.Admin);
        var id = await CreateAsync(admin, UniqueName());

        using var deleted = await admin.DeleteAsync($"{Channels}/{id}");
        using var fetched = await admin.GetAsync($"{Channels}/{id}");
        using var again = await admin.DeleteAsync($"{Channels}/{id}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await fetched.AssertProblemAsync(HttpStatusCode.NotFound);
        await again.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("GET", "")]
    [InlineData("POST", "")]
    [InlineData("GET", "/1")]
    [InlineData("PUT", "/1")]
    [InlineData("DELETE", "/1")]
    public async Task AnyChannelEndpoint_Anonymous_Answers401(string method, string suffix)
    {
        using var anonymous = app.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), Channels + suffix);
        if (method is "POST" or "PUT") request.Content = JsonContent(new { name = UniqueName() });

        using var response = await anonymous.SendAsync(request);

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Viewer_CanReadChannelsButGets403OnEveryChange()
    {
        using var admin = await app.CreateClientAsync(Roles.Admin);
        var name = UniqueName();
        var id = await CreateAsync(admin, name);
        using var viewer = await app.CreateClientAsync(Roles.Viewer);

        using var list = await viewer.GetAsync(Channels);
        using var one = await viewer.GetAsync($"{Channels}/{id}");
        using var create = await viewer.PostJsonAsync(Channels, new { name = UniqueName() });
        using var update = await viewer.PutJsonAsync($"{Channels}/{id}", new { niche = "Viewer was here" });
        using var delete = await viewer.DeleteAsync($"{Channels}/{id}");

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        await create.AssertProblemAsync(HttpStatusCode.Forbidden);
        await update.AssertProblemAsync(HttpStatusCode.Forbidden);
        await delete.AssertProblemAsync(HttpStatusCode.Forbidden);
        var stored = await (await admin.GetAsync($"{Channels}/{id}")).ReadJsonAsync();
        Assert.Equal("", stored.GetProperty("niche").GetString());
    }

    [Fact]
    public async Task Manager_CanCreateUpdateAndDeleteChannels()
    {
        using var manager = await app.CreateClientAsync(Roles.Manager);
        var id = await CreateAsync(manager, UniqueName());

        using var update = await manager.PutJsonAsync($"{Channels}/{id}", new { niche = "Managed" });
        using var delete = await manager.DeleteAsync($"{Channels}/{id}");

        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
    }

    [Fact]
    public async Task OpenApiDocument_IsServedAnonymouslyAndListsTheChannelPaths()
    {
        using var anonymous = app.CreateClient();

        using var response = await anonymous.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.ReadJsonAsync();
        Assert.StartsWith("3.", document.GetProperty("openapi").GetString());
        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/channels", out var collection), paths.GetRawText());
        Assert.True(collection.TryGetProperty("get", out _));
        Assert.True(collection.TryGetProperty("post", out _));
        Assert.True(paths.TryGetProperty("/api/v1/channels/{id}", out var item), paths.GetRawText());
        Assert.True(item.TryGetProperty("get", out _));
        Assert.True(item.TryGetProperty("put", out _));
        Assert.True(item.TryGetProperty("delete", out _));
        Assert.True(paths.TryGetProperty("/api/v1/auth/login", out _));
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_Anonymous_Answers200(string path)
    {
        using var anonymous = app.CreateClient();

        using var response = await anonymous.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        if (path.EndsWith("ready", StringComparison.Ordinal))
        {
            var report = await response.ReadJsonAsync();
            Assert.Equal("Healthy", report.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        }
    }

    private static string UniqueName() => $"Channel {Guid.NewGuid():N}"[..20];

    private static StringContent JsonContent(object body) =>
        new(JsonSerializer.Serialize(body, StudioAppFactory.Json), System.Text.Encoding.UTF8, "application/json");

    private static async Task<long> CreateAsync(HttpClient client, string name)
    {
        using var response = await client.PostJsonAsync(Channels, new { name });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.ReadJsonAsync()).GetProperty("id").GetInt64();
    }

    private static async Task<int> CountAsync(HttpClient client)
    {
        using var response = await client.GetAsync(Channels);
        return (await response.ReadJsonAsync()).GetArrayLength();
    }
}
