using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using YouTubeStudio.Core.YouTube;
using YouTubeStudio.Tests.Fixtures;

namespace YouTubeStudio.Tests.YouTube;

public sealed class YouTubeServiceCollectionExtensionsTests
{
    [Fact]
    public void AddYouTube_WithoutSettings_UsesGooglesEndpointsAndTheInMemoryDefaults()
    {
        using var provider = Build([]);

        provider.GetRequiredService<IStartupValidator>().Validate();
        var options = provider.GetRequiredService<IOptions<YouTubeOptions>>().Value;
        Assert.Equal("https://accounts.google.com/o/oauth2/v2/auth", options.AuthUri);
        Assert.Equal("https://oauth2.googleapis.com/token", options.TokenUri);
        Assert.Equal("https://www.googleapis.com/youtube/v3/", options.DataApiBaseUri);
        Assert.Equal("https://youtubeanalytics.googleapis.com/v2/", options.AnalyticsApiBaseUri);
        Assert.Equal((10_000, 1, 1600, 50), (options.DailyQuotaUnits, options.ListCost, options.VideoInsertCost, options.ThumbnailSetCost));
        Assert.IsType<InMemoryQuotaLedger>(provider.GetRequiredService<IQuotaLedger>());
        Assert.IsType<InMemoryYouTubeTokenStore>(provider.GetRequiredService<IYouTubeTokenStore>());
        Assert.IsType<YouTubeClientFactory>(provider.GetRequiredService<IYouTubeClientFactory>());
    }

    [Theory]
    [InlineData("YouTube:DataApiBaseUri", "youtube/v3/")]
    [InlineData("YouTube:TokenUri", "not a uri")]
    [InlineData("YouTube:UploadBaseUri", "https://www.googleapis.com/upload")]
    [InlineData("YouTube:UploadChunkSize", "100000")]
    [InlineData("YouTube:PageSize", "51")]
    public void AddYouTube_WithABadSetting_FailsAtStartNamingTheKey(string key, string value)
    {
        using var provider = Build(new() { [key] = value });

        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(key, e.Message);
    }

    [Fact]
    public async Task AddYouTube_PointedAtTheFakeServer_ConnectsThroughConfiguration()
    {
        await using var server = await FakeYouTubeServer.StartAsync();
        using var provider = Build(new(server.Configuration) { ["YouTube:DailyQuotaUnits"] = "5" });
        var oauth = provider.GetRequiredService<IYouTubeOAuthService>();

        var callback = await server.ConsentAsync(oauth.BuildAuthorizationUri(YouTubeHarness.RedirectUri, "st"));
        var code = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(callback.Query)["code"].ToString();
        await oauth.ExchangeCodeAsync("channel-9", code, YouTubeHarness.RedirectUri, CancellationToken.None);
        using var client = await provider.GetRequiredService<IYouTubeClientFactory>().CreateAsync("channel-9", CancellationToken.None);

        Assert.Equal(server.Data.ChannelId, (await client.GetMyChannelAsync(CancellationToken.None)).Id);
        Assert.Equal(1, (await provider.GetRequiredService<YouTubeQuota>().GetTodayAsync(CancellationToken.None)).UnitsUsed);
    }

    [Fact]
    public void AddYouTube_KeepsTheAppsOwnLedgerAndTokenStore()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        var ledger = new InMemoryQuotaLedger();
        var store = new InMemoryYouTubeTokenStore();
        services.AddSingleton<IQuotaLedger>(ledger);
        services.AddSingleton<IYouTubeTokenStore>(store);

        services.AddYouTube();

        using var provider = services.BuildServiceProvider();
        Assert.Same(ledger, provider.GetRequiredService<IQuotaLedger>());
        Assert.Same(store, provider.GetRequiredService<IYouTubeTokenStore>());
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddYouTube();
        return services.BuildServiceProvider();
    }
}
