namespace YouTubeStudio.Tests.Fixtures;

/// <summary>One <see cref="FakeLlmServer"/> per test class (xunit class fixture); call <see cref="FakeLlmServer.Reset"/> in each test's constructor.</summary>
public sealed class FakeLlmServerFixture : IAsyncLifetime
{
    public FakeLlmServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await FakeLlmServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
