using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using YouTubeStudio.Core.Generation;

namespace Microsoft.Extensions.DependencyInjection;

public static class GenerationStagesServiceCollectionExtensions
{
    /// <summary>
    /// Registers the local stage implementations (espeak-ng, Skia, ASS, ffmpeg, script metadata) and
    /// the script writer chosen by <c>Generation:Llm</c>: the LLM writer when an endpoint is set,
    /// else the offline writer. All are stateless singletons.
    /// </summary>
    public static IServiceCollection AddGenerationStages(this IServiceCollection services)
    {
        services.AddOptions<LlmOptions>().BindConfiguration(LlmOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        services.TryAddSingleton<OfflineScriptWriter>();
        services.TryAddSingleton<IScriptWriter>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<LlmOptions>>();
            return options.Value.IsConfigured
                ? new LlmScriptWriter(LlmChatClientFactory.Create(options.Value), options, sp.GetRequiredService<TimeProvider>())
                : sp.GetRequiredService<OfflineScriptWriter>();
        });
        services.TryAddSingleton<IVoiceSynthesizer, EspeakVoiceSynthesizer>();
        services.TryAddSingleton<ISceneRenderer, SkiaSceneRenderer>();
        services.TryAddSingleton<ISubtitleWriter, AssSubtitleWriter>();
        services.TryAddSingleton<IVideoAssembler, FfmpegVideoAssembler>();
        services.TryAddSingleton<IThumbnailRenderer, SkiaThumbnailRenderer>();
        services.TryAddSingleton<IMetadataWriter, ScriptMetadataWriter>();
        return services;
    }
}
