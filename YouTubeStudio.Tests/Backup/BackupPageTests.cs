using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor;
using MudBlazor.Services;
using YouTubeStudio.Core.Backup;
using YouTubeStudio.Core.Identity;
using YouTubeStudio.Web.Components.Pages.Settings;

namespace YouTubeStudio.Tests.Backup;

/// <summary>Settings → Backup rendered by bunit over a fake backup service.</summary>
public sealed class BackupPageTests : BunitContext, IAsyncLifetime
{
    private readonly FakeBackupService _backups = new();

    public BackupPageTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton<IBackupService>(_backups);
        Services.AddSingleton(Options.Create(new BackupOptions()));
        var auth = AddAuthorization();
        auth.SetAuthorized("admin@example.test");
        auth.SetRoles(Roles.Admin);
        auth.SetPolicies(Policies.CanRead, Policies.CanEdit, Policies.AdminOnly);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await base.DisposeAsync();

    [Fact]
    public void Page_WithoutBackups_ShowsEmptyState()
    {
        Render<MudPopoverProvider>();
        var page = Render<BackupPage>();

        page.WaitForAssertion(() => Assert.Contains("No backups yet", page.Find("[data-testid=backups-empty]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=restore-pending]"));
        Assert.Contains("2.0 GB", page.Markup);
    }

    [Fact]
    public void CreateWithMedia_CallsTheServiceAndListsTheNewArchiveWithDownloadLink()
    {
        Render<MudPopoverProvider>();
        var page = Render<BackupPage>();
        page.WaitForAssertion(() => page.Find("[data-testid=backups-empty]"));

        page.Find("input[type=checkbox]").Change(true);
        page.Find("button[data-testid=backup-create]").Click();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=backups-table] tbody tr")));
        Assert.Equal([true], _backups.Created);
        var row = page.Find("[data-testid=backups-table] tbody tr");
        Assert.Contains("youtube-studio-backup-20261125-140001.zip", row.TextContent);
        Assert.Contains("3.0 MB", row.TextContent);
        Assert.Equal("/api/v1/backups/youtube-studio-backup-20261125-140001.zip", row.QuerySelector("a")?.GetAttribute("href"));
    }

    [Fact]
    public void Page_WithStagedRestore_TellsToRestart()
    {
        _backups.IsRestorePending = true;
        Render<MudPopoverProvider>();
        var page = Render<BackupPage>();

        page.WaitForAssertion(() => Assert.Contains("Restart the app", page.Find("[data-testid=restore-pending]").TextContent));
    }
}
