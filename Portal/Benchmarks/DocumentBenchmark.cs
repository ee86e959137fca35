using System.Diagnostics;
using System.Globalization;
using Portal.Documents;
using Portal.Domain.CrisisPlans;
using Portal.Domain.HelpLines;
using Portal.Features.CrisisPlans;
using Portal.Features.HelpLines;

namespace Portal.Benchmarks;

public sealed record DocumentBenchmarkResult(int Renders, double MedianMs, int SizeBytes, double DocumentsPerSecond, int Cores, string Language = "da")
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"PDF benchmark ({Language}): {Renders} renders of a {SizeBytes / 1024.0:F1} KB sample ({SizeBytes} bytes); median {MedianMs:F2} ms per render (one thread); {DocumentsPerSecond:F0} documents/s on {Cores} cores.");
}

/// <summary>
/// Measures the PDF layer on a realistic three-page crisis plan. Run with
/// <c>dotnet run -c Release --project Portal -- benchmark pdf 200 [sample.pdf]</c>. Not a test: timings depend on the machine.
/// </summary>
public static class DocumentBenchmark
{
    private static readonly DateTimeOffset SampleTime = new(2025, 3, 14, 10, 30, 0, TimeSpan.FromHours(1));

    /// <summary>
    /// Arguments after <c>benchmark pdf</c>: <c>[renders] [path to write the sample PDF to, to look at it, or -] [language: da, ar, …]</c>.
    /// In another language the fixed texts are translated; what the counsellor typed stays Danish, as it does in use.
    /// </summary>
    public static int RunFromCommandLine(string[] args)
    {
        var renders = 200;
        if (args.Length > 0 && (!int.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out renders) || renders < 1))
        {
            Console.Error.WriteLine("Usage: benchmark pdf [renders] [file|-] [language]  (renders is a whole number of at least 1)");
            return 2;
        }
        var language = args.Length > 2 ? args[2] : CrisisPlanLanguages.Danish;
        if (!CrisisPlanLanguages.IsKnown(language))
        {
            Console.Error.WriteLine(CrisisPlanLanguages.UnknownMessage);
            return 2;
        }
        if (args.Length > 1 && args[1] != "-") File.WriteAllBytes(args[1], SamplePdf(SampleTime, language));
        Console.WriteLine(Run(renders, language));
        return 0;
    }

    public static DocumentBenchmarkResult Run(int renders, string language = CrisisPlanLanguages.Danish)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(renders, 1);
        var size = SamplePdf(SampleTime, language).Length;

        // Enough warm-up renders for tiered JIT to finish optimising the hot paths.
        for (var i = 0; i < 100; i++) SamplePdf(SampleTime, language);

        // Latency: one render at a time, building the document as a caller would.
        var times = new double[renders];
        for (var i = 0; i < renders; i++)
        {
            var start = Stopwatch.GetTimestamp();
            SamplePdf(SampleTime, language);
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(times);
        var median = renders % 2 == 1 ? times[renders / 2] : (times[renders / 2 - 1] + times[renders / 2]) / 2;

        // Throughput: all cores.
        var total = Stopwatch.StartNew();
        Parallel.For(0, renders, _ => SamplePdf(SampleTime, language));
        var perSecond = renders / total.Elapsed.TotalSeconds;

        return new DocumentBenchmarkResult(renders, median, size, perSecond, Environment.ProcessorCount, language);
    }

    /// <summary>The benchmark's document: a realistic three-page crisis plan, standard variant with the shipped logo.</summary>
    internal static byte[] SamplePdf(DateTimeOffset printed, string language = CrisisPlanLanguages.Danish) =>
        CrisisPlanPdf.Render(SamplePlan(printed), CrisisPlanVariant.Standard, SampleLogo.Value, CrisisPlanLanguageCatalog.Shipped.Get(language));

    /// <summary>A fictional citizen's crisis plan with every section filled, as a counsellor would write it.</summary>
    internal static CrisisPlanPrint SamplePlan(DateTimeOffset printed)
    {
        var content = new CrisisPlanContent
        {
            WarningSigns =
                "Gentagne opkald og beskeder fra skjulte numre, især om aftenen og natten.\n" +
                "Han dukker op ved arbejdspladsen, ved børnenes skole eller til fodbold om onsdagen.\n" +
                "Trusler om at tage børnene, om at skade sig selv eller om at lægge private billeder på nettet.\n" +
                "Fælles bekendte spørger pludselig, hvor jeg bor, eller hvornår jeg har fri.\n" +
                "Min cykel eller mine ting er flyttet eller ødelagt.",
            DangerNow =
                "Jeg ringer 112 og siger, hvor jeg er, og at jeg er i fare. Jeg går ind i en butik, på en tankstation eller hos " +
                "en nabo med lys i vinduet og bliver der, til politiet er kommet. Bagefter ringer jeg til min kontaktperson " +
                "eller til døgntelefonen og fortæller, hvad der er sket. Jeg gemmer beskeder, opkaldslister og billeder og sletter intet.",
            SafePlaces =
                "Min søster Birthe Ågård i Ribe – jeg har en nøgle, og hun ved, at jeg kan komme uden at ringe først.\n" +
                "Naboen i stuen til venstre, Hassan, som kender planen.\n" +
                "Døgnåben tankstation ved motorvejen og biblioteket i dagtimerne.",
            TrustedPeople =
            [
                new TrustedPerson("Birthe Ågård", "+45 20 11 22 33", "Blåbærtærte"),
                new TrustedPerson("Sofie Lærke Holm", "+45 40 55 66 77", "Solsikke"),
                new TrustedPerson("Hassan Øzdemir", "+45 31 44 55 66", null),
                new TrustedPerson("Jørgen Æbelø", "+45 98 76 54 32", "Grøn bil"),
            ],
            Children =
                "Skolen og SFO'en ved, at børnene kun må hentes af mig, Birthe eller Jørgen. Personalet har et foto af ham og " +
                "ringer 112, hvis han dukker op. Lærerne oplyser ikke om klasseture eller ændrede skematider til andre end mig. " +
                "Børnene kender kodeordet og ved, at de skal gå ind til en voksen på skolen, hvis nogen kontakter dem på vejen. " +
                "Der er aftalt en samtale med skolens AKT-lærer hver anden uge frem til sommerferien, og sundhedsplejersken " +
                "er orienteret med mit samtykke.",
            DigitalSafety = [.. CrisisPlanSections.DigitalSafetyItems.Take(3)],
            DigitalSafetyNotes =
                "Nyt telefonnummer er bestilt og gives kun til Birthe, Sofie og skolen. Tablet'en, som børnene bruger hos deres far, " +
                "bliver ikke logget ind på min konto. Min kontaktperson hjælper med at tjekke telefonen for ukendte apps næste gang.",
            GoBag = ["Pas eller anden ID", "Sundhedskort", "Medicin", "Nøgler", "Telefon og oplader", "Børnenes ting"],
            GoBagNotes = "Tasken står hos Birthe. Kopi af pas, lejekontrakt og børnenes sundhedskort ligger i den. Kontanter: 500 kr.",
            Agreements =
                "Min kontaktperson ringer hver tirsdag mellem kl. 10 og 12 fra et skjult nummer. Hvis jeg ikke tager telefonen, " +
                "sender hun en sms med teksten «Husk tandlægen», og jeg ringer tilbage, når det er sikkert. Breve sendes ikke hjem, " +
                "men lægges i Digital Post. Hører hun ikke fra mig i to uger, ringer hun til Birthe.\n" +
                "Vi gennemgår planen igen, når retsmødet er overstået, eller hvis noget ændrer sig, fx hvis han flytter tættere på.",
            NextReview = new DateOnly(2025, 6, 14),
        };

        return new CrisisPlanPrint("Esbjerg Kommune", "2025-0142", "Anna Bjørg Ærø Sønderby", content, 3,
            printed.AddDays(-2), "Mette Sørensen", "Mette Sørensen", SampleHelpLines, printed, "Mette Sørensen");
    }

    // The help lines Portal ships (assets/help-lines.json), as a new installation prints them.
    private static readonly IReadOnlyList<HelpLine> SampleHelpLines = HelpLineSeed.Shipped().ToArray();

    private static readonly Lazy<byte[]> SampleLogo = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, MunicipalityLogo.DefaultPath);
        return MunicipalityLogo.Read(path)
            ?? throw new FileNotFoundException($"The demo logo '{path}' is missing; assets/logo.png must be copied to the output (see Portal.csproj).", path);
    });
}
