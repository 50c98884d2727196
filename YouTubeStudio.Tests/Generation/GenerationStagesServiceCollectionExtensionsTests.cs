using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using YouTubeStudio.Core.Generation;

namespace YouTubeStudio.Tests.Generation;

public class GenerationStagesServiceCollectionExtensionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddGenerationStages();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    [Fact]
    public void AddGenerationStages_WithoutAnEndpoint_UsesTheOfflineWriterAndLocalStages()
    {
        using var provider = Build([]);

        Assert.IsType<OfflineScriptWriter>(provider.GetRequiredService<IScriptWriter>());
        Assert.IsType<EspeakVoiceSynthesizer>(provider.GetRequiredService<IVoiceSynthesizer>());
        Assert.IsType<SkiaSceneRenderer>(provider.GetRequiredService<ISceneRenderer>());
        Assert.IsType<AssSubtitleWriter>(provider.GetRequiredService<ISubtitleWriter>());
        Assert.IsType<FfmpegVideoAssembler>(provider.GetRequiredService<IVideoAssembler>());
        Assert.IsType<SkiaThumbnailRenderer>(provider.GetRequiredService<IThumbnailRenderer>());
        Assert.IsType<ScriptMetadataWriter>(provider.GetRequiredService<IMetadataWriter>());
    }

    [Fact]
    public void AddGenerationStages_WithAnEndpoint_UsesTheLlmWriterForThatModel()
    {
        using var provider = Build(new() { ["Generation:Llm:Endpoint"] = "http://127.0.0.1:11434/v1", ["Generation:Llm:Model"] = "llama3.2" });

        var writer = Assert.IsType<LlmScriptWriter>(provider.GetRequiredService<IScriptWriter>());
        Assert.Equal("openai:llama3.2", writer.ProviderName);
    }

    [Fact]
    public void AddGenerationStages_WithAnEndpointThatIsNotAnAddress_FailsNamingTheKey()
    {
        using var provider = Build(new() { ["Generation:Llm:Endpoint"] = "localhost-ish" });

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<LlmOptions>>().Value);
        Assert.Contains("Generation:Llm:Endpoint", ex.Message, StringComparison.Ordinal);
    }
}
