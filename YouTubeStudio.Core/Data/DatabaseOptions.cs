using System.ComponentModel.DataAnnotations;

namespace YouTubeStudio.Core.Data;

public sealed class DatabaseOptions : IValidatableObject
{
    public const string SectionName = "Database";

    /// <summary><c>Database:Provider</c>: Sqlite (default, a file in the data folder) or Postgres.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Filled from <c>ConnectionStrings:Postgres</c>.</summary>
    public string? PostgresConnectionString { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(PostgresConnectionString))
        {
            yield return new ValidationResult(
                "Database:Provider is Postgres but ConnectionStrings:Postgres is empty. Set ConnectionStrings__Postgres, e.g. 'Host=localhost;Database=youtube_studio;Username=studio;Password=...'.",
                [nameof(PostgresConnectionString)]);
        }
    }
}
