using System.Buffers.Binary;
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

    [Fact]
    public async Task RestoreUpload_OfDamagedArchives_Answers400AndLeavesTheDataAsItWas()
    {
        using var admin = await _app.CreateClientAsync(Roles.Admin);
        var database = Path.Combine(_app.StorageRoot, "studio.db");
        await using var built = BackupTestArchives.Build(DatabaseProvider.Sqlite,
            ("database/studio.db", string.Concat(Enumerable.Range(0, 300).Select(i => $"row {i}: {i * i}\n"))), ("media/1/script.json", "{}"));
        var valid = built.ToArray();
        // The first entry's compressed bytes: local header (30 bytes), its name and extra field, then the data.
        var dataStart = 30 + BinaryPrimitives.ReadUInt16LittleEndian(valid.AsSpan(26)) + BinaryPrimitives.ReadUInt16LittleEndian(valid.AsSpan(28));
        var dataLength = (int)BinaryPrimitives.ReadUInt32LittleEndian(valid.AsSpan(18));
        var random = new Random(20_260_314);
        var damaged = new List<(string Name, byte[] Bytes)> { ("not a zip", "hello"u8.ToArray()), ("cut in half", valid[..(valid.Length / 2)]) };
        for (var i = 0; i < 6; i++)
        {
            var bytes = (byte[])valid.Clone();
            bytes[dataStart + random.Next(dataLength)] ^= (byte)(1 << random.Next(8));
            damaged.Add(($"compressed data with a flipped bit #{i}", bytes));
        }
        var unsupported = (byte[])valid.Clone();
        unsupported[valid.AsSpan().IndexOf("PK\u0001\u0002"u8) + 10] = 99; // the first entry's compression method in the central directory
        damaged.Add(("an unknown compression method", unsupported));

        foreach (var (name, bytes) in damaged)
        {
            using var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
            using var response = await admin.PostAsync("/api/v1/backups/restore", content);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{name}: expected 400 but got {(int)response.StatusCode}: {text[..Math.Min(300, text.Length)]}");
            await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        }

        Assert.False(Directory.Exists(Path.Combine(_app.StorageRoot, "restore-pending")));
        Assert.Empty(Directory.GetFileSystemEntries(_app.StorageRoot, "restore-*"));
        Assert.True(File.Exists(database));
    }
}
