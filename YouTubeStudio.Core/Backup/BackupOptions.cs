using System.ComponentModel.DataAnnotations;

namespace YouTubeStudio.Core.Backup;

public sealed class BackupOptions
{
    public const string SectionName = "Backup";

    /// <summary><c>Backup:MaxUploadBytes</c>: the largest archive the restore page accepts (default 2 GB).</summary>
    [Range(1024, long.MaxValue, ErrorMessage = "Backup:MaxUploadBytes must be at least 1024 bytes.")]
    public long MaxUploadBytes { get; set; } = 2L * 1024 * 1024 * 1024;

    /// <summary><c>Backup:PgDumpPath</c>: pg_dump to use; unset: looked up on PATH, then in /usr/lib/postgresql/*/bin.</summary>
    public string? PgDumpPath { get; set; }
}
