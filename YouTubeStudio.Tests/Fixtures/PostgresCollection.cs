namespace YouTubeStudio.Tests.Fixtures;

/// <summary>Test classes marked <c>[Collection("Postgres")]</c> share one PostgreSQL server per test run.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServerFixture>
{
    public const string Name = "Postgres";
}
