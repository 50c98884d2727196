using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using YouTubeStudio.Core.Channels;
using YouTubeStudio.Core.Data;
using YouTubeStudio.Core.Generation;
using YouTubeStudio.Core.Storage;
using YouTubeStudio.Core.Videos;
using YouTubeStudio.Tests.Fixtures;

namespace YouTubeStudio.Tests.YouTube.App;

/// <summary>
/// The whole app pointed at a <see cref="FakeYouTubeServer"/>, with fast retries. Tests share it; <see cref="ResetAsync"/>
/// unlinks every channel (the fake has one YouTube channel, which only one of ours may hold) and resets the fake.
/// </summary>
public sealed partial class YouTubeAppFixture : IAsyncLifetime
{
    public const int Chunk = 256 * 1024;

    public FakeYouTubeServer Server { get; } = new();

    public StudioAppFactory App { get; private set; } = null!;

    /// <summary>Extra settings for a fixture subclass or a one-off app.</summary>
    public static Dictionary<string, string?> SettingsFor(FakeYouTubeServer server, IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>(server.Configuration)
        {
            ["YouTube:UploadChunkSize"] = Chunk.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["YouTube:RetryInitialDelay"] = "00:00:00.020",
            ["YouTube:MaxRetries"] = "1",
            ["YouTube:DailyQuotaUnits"] = "1000000",
            ["Generation:RetryBaseSeconds"] = "2",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>()) settings[key] = value;
        return settings;
    }

    public async Task InitializeAsync()
    {
        await Server.InitializeAsync();
        App = new StudioAppFactory { Settings = SettingsFor(Server) };
        // The first user (Admin) registers through the API.
        await App.CreateUserAsync(Core.Identity.Roles.Admin);
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Server.DisposeAsync();
    }

    public async Task ResetAsync()
    {
        Server.Reset();
        await using var db = await Db(App).CreateDbContextAsync();
        await db.YouTubeCredentials.ExecuteDeleteAsync();
        await db.Channels.ExecuteUpdateAsync(s => s.SetProperty(c => c.YouTubeChannelId, (string?)null));
    }

    public static IDbContextFactory<AppDbContext> Db(StudioAppFactory app) => app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();

    /// <summary>A browser: cookies kept, redirects not followed, signed in through /Account/Login as a new user of <paramref name="role"/>.</summary>
    public static async Task<HttpClient> BrowserAsync(StudioAppFactory app, string role)
    {
        var email = await app.CreateUserAsync(role);
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var page = await browser.GetStringAsync("/Account/Login");
        var loginForm = Forms().Matches(page).Select(m => m.Value).First(f => f.Contains("Input.Email", StringComparison.Ordinal));
        var form = HiddenInputs().Matches(loginForm)
            .GroupBy(m => WebUtility.HtmlDecode(m.Groups["name"].Value))
            .ToDictionary(g => g.Key, g => WebUtility.HtmlDecode(g.First().Groups["value"].Value));
        form["Input.Email"] = email;
        form["Input.Password"] = StudioAppFactory.Password;
        using var response = await browser.PostAsync("/Account/Login", new FormUrlEncodedContent(form));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Login answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return browser;
    }

    public static async Task<long> CreateChannelAsync(StudioAppFactory app, string? timeZone = null)
    {
        var channels = app.Services.GetRequiredService<IChannelService>();
        var created = await channels.CreateAsync(new ChannelInput { Name = "yt-" + Guid.NewGuid().ToString("N")[..10], TimeZone = timeZone });
        Assert.True(created.IsOk, created.Message);
        return created.Value!.Id;
    }

    /// <summary>Connect through the browser endpoints and the fake's consent: returns the callback's redirect.</summary>
    public Task<HttpResponseMessage> ConnectAsync(HttpClient browser, long channelId) => ConnectAsync(Server, browser, channelId);

    public static async Task<HttpResponseMessage> ConnectAsync(FakeYouTubeServer server, HttpClient browser, long channelId)
    {
        using var connect = await browser.GetAsync($"/youtube/connect/{channelId}");
        Assert.Equal(HttpStatusCode.Redirect, connect.StatusCode);
        var callback = await server.ConsentAsync(connect.Headers.Location!);
        Assert.Equal("/youtube/callback", callback.AbsolutePath);
        return await browser.GetAsync(callback.PathAndQuery);
    }

    /// <summary>A ready_for_upload video of the channel with an MP4 and a PNG on disk; returns its id and the MP4 bytes.</summary>
    public static async Task<(long Id, byte[] Mp4)> CreateReadyVideoAsync(StudioAppFactory app, long channelId, int bytes = Chunk + 4321)
    {
        var now = DateTimeOffset.UtcNow;
        await using var db = await Db(app).CreateDbContextAsync();
        var video = new Video
        {
            ChannelId = channelId,
            Topic = "Five facts about owls",
            Title = "Five facts about owls",
            Description = "Owls are birds.",
            Tags = ["owls"],
            Format = VideoFormat.Shorts,
            Status = VideoStatus.ReadyForUpload,
            DurationSeconds = 30,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Videos.Add(video);
        await db.SaveChangesAsync();
        var mp4 = new byte[bytes];
        Random.Shared.NextBytes(mp4);
        var folder = app.Services.GetRequiredService<IMediaStore>().GetWorkDirectory(video.Id);
        await File.WriteAllBytesAsync(Path.Combine(folder, "video.mp4"), mp4);
        await File.WriteAllBytesAsync(Path.Combine(folder, "thumbnail.png"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4]);
        return (video.Id, mp4);
    }

    /// <summary>Polls the task until <paramref name="done"/> holds (the queue runs on Quartz in the background).</summary>
    public static async Task<System.Text.Json.JsonElement> WaitForTaskAsync(HttpClient api, string taskId, Func<System.Text.Json.JsonElement, bool> done, int seconds = 30)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        System.Text.Json.JsonElement task = default;
        while (DateTime.UtcNow < until)
        {
            using var response = await api.GetAsync($"/api/v1/tasks/{taskId}");
            task = await response.ReadJsonAsync();
            if (response.IsSuccessStatusCode && done(task)) return task;
            await Task.Delay(50);
        }
        throw new TimeoutException($"Task {taskId} did not get there: {task}");
    }

    public static IReadOnlyDictionary<string, string> Query(Uri uri) =>
        QueryHelpers.ParseQuery(uri.Query).ToDictionary(p => p.Key, p => p.Value.ToString());

    [GeneratedRegex("<input[^>]*type=\"hidden\"[^>]*name=\"(?<name>[^\"]+)\"[^>]*value=\"(?<value>[^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenInputs();

    [GeneratedRegex("<form.*?</form>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Forms();
}
