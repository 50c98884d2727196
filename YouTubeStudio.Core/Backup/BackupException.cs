namespace YouTubeStudio.Core.Backup;

/// <summary>A backup or restore that cannot be done; the message says why and is safe to show to the Admin.</summary>
public sealed class BackupException : Exception
{
    public BackupException(string message)
        : base(message)
    {
    }

    public BackupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public BackupException()
    {
    }
}
