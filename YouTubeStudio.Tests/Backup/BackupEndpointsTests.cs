using System.Net;
using System.Net.Http.Headers;
using YouTubeStudio.Core.Data;
using YouTubeStudio.Core.Identity;
using YouTubeStudio.Tests.Fixtures;

namespace YouTubeStudio.Tests.Backup;

/// <summary><c>/api/v1/backups</c>: Admin only, names checked, archives streamed.</summary>
public sealed class BackupEndpointsTests : IClassFixture<StudioAppFactory>
{
    private readonly StudioAppFactory _app;

    public BackupEndpointsTests(StudioAppFactory app) => _app = app;

    [Fact]
    public async Task Admin_CreatesListsDownloadsAndDeletesABackup()
    {
        using var admin = await _app.CreateClientAsync(Roles.Admin);

        using var created = await admin.PostJsonAsync("/api/v1/backups", new { include_media = true });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.ReadJsonAsync();
        var name = body.GetProperty("name").GetString()!;
        Assert.Matches(@"^youtube-studio-backup-\d{8}-\d{6}(-\d+)?\.zip$", name);
        Assert.True(body.GetProperty("size").GetInt64() > 0);
        Assert.Equal($"/api/v1/backups/{name}", created.Headers.Location?.OriginalString);

        var list = await (await admin.GetAsync("/api/v1/backups")).ReadJsonAsync();
        Assert.Contains(list.EnumerateArray(), b => b.GetProperty("name").GetString() == name);

        using var download = await admin.GetAsync($"/api/v1/backups/{name}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/zip", download.Content.Headers.ContentType?.MediaType);
        var bytes = await download.Content.ReadAsByteArrayAsync();
        Assert.Equal(body.GetProperty("size").GetInt64(), bytes.Length);
        Assert.Equal("PK"u8.ToArray(), bytes[..2]);

        using var deleted = await admin.DeleteAsync($"/api/v1/backups/{name}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await (await admin.GetAsync($"/api/v1/backups/{name}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await admin.DeleteAsync($"/api/v1/backups/{name}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("..%2Fstudio.db")]
    [InlineData("..%2F..%2Fetc%2Fpasswd")]
    [InlineData("studio.db")]
    [InlineData("youtube-studio-backup-20260101-000000.zip%2F..%2F..%2Fstudio.db")]
    [InlineData("%2E%2E")]
    public async Task DownloadAndDelete_WithPathTraversal_AreRefused(string name)
    {
        using var admin = await _app.CreateClientAsync(Roles.Admin);
        var database = Path.Combine(_app.StorageRoot, "studio.db");

        using var download = await admin.GetAsync($"/api/v1/backups/{name}");
        using var delete = await admin.DeleteAsync($"/api/v1/backups/{name}");

        Assert.Contains(download.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.NotFound });
        Assert.Contains(delete.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.NotFound, HttpStatusCode.MethodNotAllowed });
        Assert.NotEqual("application/zip", download.Content.Headers.ContentType?.MediaType);
        Assert.True(File.Exists(database));
    }

    [Fact]
    public async Task DownloadAndDelete_WithNameThatIsNotABackup_Answer400()
    {
        using var admin = await _app.CreateClientAsync(Roles.Admin);

        await (await admin.GetAsync("/api/v1/backups/studio.db")).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await admin.DeleteAsync("/api/v1/backups/..%2Fstudio.db")).AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Manager_IsForbidden()
    {
        using var manager = await _app.CreateClientAsync(Roles.Manager);

        Assert.Equal(HttpStatusCode.Forbidden, (await manager.PostJsonAsync("/api/v1/backups", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync("/api/v1/backups")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync("/api/v1/backups/youtube-studio-backup-20260101-000000.zip")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.DeleteAsync("/api/v1/backups/youtube-studio-backup-20260101-000000.zip")).StatusCode);
    }

    [Fact]
    public async Task Anonymous_IsUnauthorized()
    {
        using var anonymous = _app.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostJsonAsync("/api/v1/backups", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/backups")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.DeleteAsync("/api/v1/backups/youtube-studio-backup-20260101-000000.zip")).StatusCode);
    }

    [Fact]
    public async Task RestoreUpload_WithTraversalEntry_Answers400AndStagesNothing()
    {
        using var admin = await _app.CreateClientAsync(Roles.Admin);
        await using var archive = BackupTestArchives.Build(DatabaseProvider.Sqlite, ("database/studio.db", "db"), ("../evil.txt", "gotcha"));
        using var content = new StreamContent(archive);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/zip");

        using var response = await admin.PostAsync("/api/v1/backups/restore", content);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("unsafe", problem.GetProperty("detail").GetString());
        Assert.False(Directory.Exists(Path.Combine(_app.StorageRoot, "restore-pending")));
    }
}
