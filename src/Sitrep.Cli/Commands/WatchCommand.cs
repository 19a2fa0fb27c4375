using System.CommandLine;
using Sitrep.Feeds.Sources;
using Sitrep.Feeds.Watching;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep watch --feeds FILE [--db TARGET] [--once]</c>: follows the feeds and pages of a feed list and stores
/// every new item. Runs until interrupted, printing one line per round; <c>--once</c> does one round and exits.
/// </summary>
public static class WatchCommand
{
    public static Command Create()
    {
        var feeds = new Option<string>("--feeds") { Description = "Feed list: YAML, or lines of URL [INTERVAL] [OUTLET]", Required = true };
        var once = new Option<bool>("--once") { Description = "Fetch every source once, store what is new, and exit" };
        var options = new FeedOptions();
        var command = new Command("watch", "Follow feeds (RSS, Atom, JSON Feed) and pages, storing every new item") { feeds, once };
        options.AddTo(command);
        command.SetAction((parse, ct) => StoreOptions.RunAsync(async () =>
        {
            var path = parse.GetValue(feeds)!;
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"--feeds {path}: no such file");
            }

            var list = FeedListReader.Read(path);
            foreach (var error in list.Errors)
            {
                await Console.Error.WriteLineAsync("sitrep: " + error).ConfigureAwait(false);
            }

            if (list.Sources.Count == 0)
            {
                await Console.Error.WriteLineAsync($"sitrep: {path}: no feeds to follow").ConfigureAwait(false);
                return 2;
            }

            await using var run = await options.OpenAsync(parse, pagesOnly: false, ct).ConfigureAwait(false);
            if (parse.GetValue(once))
            {
                var summary = await run.Round.RunAsync(list.Sources, ct).ConfigureAwait(false);
                Console.WriteLine(summary);
                return summary.SourcesFailed < summary.Sources ? 0 : 2;
            }

            try
            {
                await new FeedWatcher(run.Round, run.Gate, TimeProvider.System)
                    .WatchAsync(list.Sources, s => Console.WriteLine($"{FeedRun.Stamp(TimeProvider.System)} {s}"), ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                // Interrupted: what each finished round stored is recorded; the next start resumes from there.
            }

            return 0;
        }));
        return command;
    }
}
