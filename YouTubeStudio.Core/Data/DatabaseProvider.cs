namespace YouTubeStudio.Core.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
