namespace YouTubeStudio.Tests.Fixtures;

/// <summary>The fixture itself: a machine without PostgreSQL must fail the tests that need it, never skip them.</summary>
public sealed class PostgresServerFixtureTests
{
    [Fact]
    public async Task Initialize_WithoutServerBinaries_FailsWithAMessageSayingHowToInstallThem()
    {
        var empty = Directory.CreateTempSubdirectory("ytstudio-nopg-");
        try
        {
            var fixture = new PostgresServerFixture(empty.FullName, Path.Combine(empty.FullName, "lib"));

            var error = await Assert.ThrowsAsync<InvalidOperationException>(fixture.InitializeAsync);
            await fixture.DisposeAsync();

            Assert.Equal(PostgresServerFixture.MissingBinariesMessage, error.Message);
            Assert.Contains("./test.sh", error.Message);
            Assert.Contains("apt-get install postgresql", error.Message);
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    [Fact]
    public void FindBinDirectory_PrefersTheSearchPathThenTheNewestVersionFolder()
    {
        var root = Directory.CreateTempSubdirectory("ytstudio-pgbin-");
        try
        {
            string MakeBin(string path)
            {
                Directory.CreateDirectory(path);
                foreach (var tool in new[] { "initdb", "pg_ctl", "postgres" }) File.WriteAllText(Path.Combine(path, tool), "");
                return path;
            }
            var lib = Path.Combine(root.FullName, "lib");
            MakeBin(Path.Combine(lib, "9", "bin"));
            var newest = MakeBin(Path.Combine(lib, "16", "bin"));
            var onPath = MakeBin(Path.Combine(root.FullName, "path"));
            var incomplete = Path.Combine(root.FullName, "incomplete");
            Directory.CreateDirectory(incomplete);
            File.WriteAllText(Path.Combine(incomplete, "initdb"), "");

            Assert.Equal(newest, PostgresServerFixture.FindBinDirectory(incomplete, lib));
            Assert.Equal(onPath, PostgresServerFixture.FindBinDirectory(incomplete + Path.PathSeparator + onPath, lib));
            Assert.Null(PostgresServerFixture.FindBinDirectory(incomplete, Path.Combine(root.FullName, "missing")));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }
}
