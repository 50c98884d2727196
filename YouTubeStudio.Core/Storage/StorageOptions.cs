using System.ComponentModel.DataAnnotations;

namespace YouTubeStudio.Core.Storage;

public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary><c>Storage:Root</c>: the data folder (SQLite file, keys, media). Relative paths resolve against the working directory.</summary>
    [Required(ErrorMessage = "Storage:Root must name a folder for the database, keys and media.")]
    public string Root { get; set; } = "./data";

    public string FullRoot => Path.GetFullPath(Root);
}
