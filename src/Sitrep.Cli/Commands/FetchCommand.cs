using System.CommandLine;
using Sitrep.Feeds.Sources;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep fetch URL... [--db TARGET]</c>: fetches pages politely and safely, extracts each article and stores it
/// (the URL is the report's source). Prints the round's counts; each failure is one line on standard error.
/// </summary>
public static class FetchCommand
{
    public static Command Create()
    {
        var urls = new Argument<string[]>("urls") { Description = "Pages to fetch (http or https)", Arity = ArgumentArity.OneOrMore };
        var options = new FeedOptions();
        var command = new Command("fetch", "Fetch web pages, extract the article of each and store it") { urls };
        options.AddTo(command);
        command.SetAction((parse, ct) => StoreOptions.RunAsync(async () =>
        {
            var sources = new List<FeedSource>();
            var bad = 0;
            foreach (var url in parse.GetValue(urls)!)
            {
                if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
                {
                    sources.Add(new FeedSource(uri, FeedSource.DefaultInterval, null));
                }
                else
                {
                    bad++;
                    await Console.Error.WriteLineAsync($"sitrep: {url}: not an http or https URL").ConfigureAwait(false);
                }
            }

            if (sources.Count == 0)
            {
                return 2;
            }

            await using var run = await options.OpenAsync(parse, pagesOnly: true, ct).ConfigureAwait(false);
            var summary = await run.Round.RunAsync(sources.DistinctBy(s => s.Url.AbsoluteUri).ToList(), ct).ConfigureAwait(false);
            Console.WriteLine($"fetched {summary.Sources - summary.SourcesFailed}, new {summary.New}, unchanged {summary.Unchanged}, failed {summary.SourcesFailed + bad}");
            return summary.New + summary.Unchanged > 0 ? 0 : 2;
        }));
        return command;
    }
}
