using Microsoft.Extensions.DependencyInjection.Extensions;
using YouTubeStudio.Core.Costs;
using YouTubeStudio.Core.Events;
using YouTubeStudio.Core.Generation;
using YouTubeStudio.Core.Generation.Pipeline;
using YouTubeStudio.Core.Generation.Pipeline.Stages;
using YouTubeStudio.Core.Generation.Queue;
using YouTubeStudio.Core.Storage;

namespace Microsoft.Extensions.DependencyInjection;

public static class GenerationServiceCollectionExtensions
{
    /// <summary>The queue, its runner and recovery, costs and budgets, media storage and events. The host adds an <see cref="ITaskScheduler"/>.</summary>
    public static IServiceCollection AddGeneration(this IServiceCollection services)
    {
        services.AddOptions<GenerationOptions>().BindConfiguration(GenerationOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<PriceBookOptions>().BindConfiguration(PriceBookOptions.SectionName);
        services.AddMetrics();
        services.TryAddSingleton<YouTubeStudio.Core.Observability.StudioMetrics>();
        services.TryAddSingleton<InstanceIdentity>();
        services.TryAddSingleton<IEventBroadcaster, EventBroadcaster>();
        services.TryAddSingleton<IMediaStore, LocalMediaStore>();
        services.TryAddSingleton<PriceBook>();
        services.TryAddSingleton<BudgetGuard>();
        services.TryAddSingleton<ICostService, CostService>();
        services.AddAudit();
        services.AddSingleton<IGenerationQueue, GenerationQueue>();
        services.AddSingleton<QueueSnapshots>();
        services.AddSingleton<YouTubeStudio.Core.Videos.IVideoService, YouTubeStudio.Core.Videos.VideoService>();
        services.AddSingleton<IGenerationRunner, GenerationRunner>();
        services.AddSingleton<GenerationRecovery>();

        // The pipeline, in order; each stage is checkpointed (DESIGN.md §5).
        services.AddGenerationStages();
        services.AddSingleton<IGenerationStage, ScriptStage>();
        services.AddSingleton<IGenerationStage, VoiceStage>();
        services.AddSingleton<IGenerationStage, VisualsStage>();
        services.AddSingleton<IGenerationStage, AssemblyStage>();
        services.AddSingleton<IGenerationStage, ThumbnailStage>();
        services.AddSingleton<IGenerationStage, MetadataStage>();
        services.AddSingleton<IGenerationStage, ScoreStage>();
        return services;
    }
}
