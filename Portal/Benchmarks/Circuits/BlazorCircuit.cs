using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace Portal.Benchmarks.Circuits;

/// <summary>
/// One headless browser tab on a Blazor Server circuit, speaking the protocol of the .NET 10 blazor.web.js:
/// <list type="bullet">
/// <item>connect to /_blazor (WebSockets, "blazorpack"), then <c>StartCircuit(baseUri, href, "[]", state)</c> and
/// <c>UpdateRootComponents({"batchId":1,"operations":[{"type":"add","ssrComponentId":n,"marker":{…}}]}, state)</c>;</item>
/// <item><c>JS.RenderBatch(batchId, bytes)</c> is applied in order and answered with <c>OnRenderCompleted(batchId, null)</c>;</item>
/// <item><c>JS.BeginInvokeJS(handle, identifier, argsJson, resultType, targetInstanceId, callType)</c> is answered at once with
/// <c>EndInvokeJSFromDotNet(handle, true, "[handle,true,null]")</c> (a fresh <c>{"__jsObjectId":n}</c> when a JS object reference
/// is asked for), after noting the renderer's interop object from <c>Blazor._internal.attachWebRendererInterop</c>;</item>
/// <item>a click is <c>BeginInvokeDotNetFromJS(callId, null, "DispatchEventAsync", interopObjectId,
/// "[{eventHandlerId,eventName:"click",eventFieldInfo:null},{mouse event args}]")</c>, as dispatchEvent in WebRendererInteropMethods.ts.</item>
/// </list>
/// </summary>
internal sealed class BlazorCircuit : IAsyncDisposable
{
    private const string MouseClickArgs =
        """{"detail":1,"screenX":0,"screenY":0,"clientX":0,"clientY":0,"offsetX":0,"offsetY":0,"pageX":0,"pageY":0,"movementX":0,"movementY":0,"button":0,"buttons":0,"ctrlKey":false,"shiftKey":false,"altKey":false,"metaKey":false,"type":"click"}""";

    private readonly HubConnection _hub;
    private readonly BenchmarkErrors _errors;
    private readonly RenderTreeMirror _mirror = new();
    private readonly Lock _mirrorLock = new();
    private readonly TaskCompletionSource _rootsUpdated = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _firstRender = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource<long>? _nextBatch;
    private long _nextBatchId = 2;
    private long _nextJsObjectId = 1000;
    private long _nextCallId;
    private long _interopObjectId;
    private volatile bool _disposing;

    public BlazorCircuit(PortalSignIn user, BenchmarkErrors errors, bool logClient)
    {
        _errors = errors;
        var origin = user.BaseUrl.GetLeftPart(UriPartial.Authority);
        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(user.BaseUrl, "_blazor"), HttpTransportType.WebSockets, options =>
            {
                options.Cookies = user.Cookies;
                options.Headers["Origin"] = origin;
            });
        builder.Services.AddSingleton<IHubProtocol>(new BlazorPackHubProtocol());
        builder.Services.AddLogging(logging =>
        {
            logging.ClearProviders();
            logging.AddProvider(new ErrorCountingLoggerProvider(errors, logClient));
            logging.SetMinimumLevel(LogLevel.Warning);
        });
        _hub = builder.Build();
        _hub.HandshakeTimeout = TimeSpan.FromSeconds(60);
        _hub.ServerTimeout = TimeSpan.FromSeconds(120);
        Register();
    }

    public string? CircuitId { get; private set; }

    public long RenderBatches;
    public long RenderBytes;
    public long JsCalls;

    public bool Failed { get; private set; }

    public bool Connected => _hub.State == HubConnectionState.Connected && !Failed;

    public bool Rendered => _firstRender.Task.IsCompletedSuccessfully;

    /// <summary>JS identifiers the server called, for --verbose.</summary>
    public Dictionary<string, int> JsIdentifiers { get; } = [];

    private void Register()
    {
        _hub.On<int, string>("JS.AttachComponent", (componentId, _) =>
        {
            lock (_mirrorLock) _mirror.AttachRoot(componentId);
        });
        _hub.On<long, byte[]>("JS.RenderBatch", OnRenderBatchAsync);
        _hub.On<long, string, string?, int, long, int>("JS.BeginInvokeJS", OnBeginInvokeJSAsync);
        _hub.On<string, bool, string?>("JS.EndInvokeDotNet", (callId, success, result) =>
        {
            if (!success) _errors.Add("dotnet-call-failed", result);
        });
        _hub.On<long>("JS.EndUpdateRootComponents", _ => _rootsUpdated.TrySetResult());
        _hub.On<string?>("JS.Error", error =>
        {
            Failed = true;
            _errors.Add("js-error", error);
            _firstRender.TrySetException(new InvalidOperationException("JS.Error: " + error));
        });
        _hub.On<int, byte[]>("JS.ReceiveByteArray", (_, _) => { });
        _hub.On<long>("JS.BeginTransmitStream", _ => _errors.Add("unsupported-stream", null));
        _hub.On<int, bool>("JS.EndLocationChanging", (_, _) => { });
        _hub.Closed += error =>
        {
            if (!_disposing)
            {
                Failed = true;
                _errors.Add("connection-closed", error?.Message);
                _firstRender.TrySetException(new InvalidOperationException("The connection closed."));
            }
            return Task.CompletedTask;
        };
    }

    private async Task OnRenderBatchAsync(long batchId, byte[] data)
    {
        // RenderQueue.ts: apply the expected batch, acknowledge an old one again, wait for a missing one.
        if (batchId > _nextBatchId)
        {
            _errors.Add("batch-out-of-order", $"got {batchId}, expected {_nextBatchId}");
            return;
        }
        if (batchId == _nextBatchId)
        {
            _nextBatchId++;
            Interlocked.Increment(ref RenderBatches);
            Interlocked.Add(ref RenderBytes, data.Length);
            Interlocked.Exchange(ref _nextBatch, null)?.TrySetResult(Stopwatch.GetTimestamp());
            try
            {
                var batch = new RenderBatchReader(data);
                lock (_mirrorLock) _mirror.Apply(batch);
            }
            catch (Exception ex) when (ex is InvalidDataException or ArgumentOutOfRangeException or IndexOutOfRangeException or InvalidOperationException)
            {
                // The mirror is ours, not the browser's: a batch it cannot follow is our error, not the server's.
                _errors.Add("mirror", ex.Message);
            }
            _firstRender.TrySetResult();
        }
        try
        {
            await _hub.SendAsync("OnRenderCompleted", batchId, null);
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or OperationCanceledException)
        {
            _errors.Add("ack-failed", ex.Message);
        }
    }

    private async Task OnBeginInvokeJSAsync(long asyncHandle, string identifier, string? argsJson, int resultType, long targetInstanceId, int callType)
    {
        Interlocked.Increment(ref JsCalls);
        lock (JsIdentifiers) JsIdentifiers[identifier] = JsIdentifiers.GetValueOrDefault(identifier) + 1;
        if (identifier == "Blazor._internal.attachWebRendererInterop" && argsJson is not null)
        {
            // [rendererId, {"__dotNetObject":id}, jsComponentParameters, jsComponentInitializers]
            if (JsonNode.Parse(argsJson) is JsonArray { Count: > 1 } args && args[1]?["__dotNetObject"] is { } id)
                Interlocked.Exchange(ref _interopObjectId, id.GetValue<long>());
        }
        if (asyncHandle == 0) return;
        // JSCallResultType.JSObjectReference = 1: the caller wants an object it can call later, so give it an id.
        var result = resultType == 1
            ? "{\"__jsObjectId\":" + Interlocked.Increment(ref _nextJsObjectId).ToString(CultureInfo.InvariantCulture) + "}"
            : "null";
        var reply = "[" + asyncHandle.ToString(CultureInfo.InvariantCulture) + ",true," + result + "]";
        try
        {
            await _hub.SendAsync("EndInvokeJSFromDotNet", asyncHandle, true, reply);
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or OperationCanceledException)
        {
            _errors.Add("js-reply-failed", ex.Message);
        }
    }

    /// <summary>Connects, starts the circuit and adds the page's root components; done when the first batch is applied.</summary>
    public async Task StartAsync(ServerPage page, TimeSpan timeout, CancellationToken ct)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        cts.CancelAfter(timeout);
        await _hub.StartAsync(cts.Token);
        var baseUri = new Uri(page.Url, "/").ToString();
        CircuitId = await _hub.InvokeAsync<string?>("StartCircuit", baseUri, page.Url.ToString(), "[]", page.ApplicationState, cts.Token);
        if (string.IsNullOrEmpty(CircuitId)) throw new InvalidOperationException("StartCircuit returned no circuit id.");

        var operations = new JsonArray();
        for (var i = 0; i < page.Markers.Count; i++)
        {
            var marker = (JsonObject)page.Markers[i].DeepClone();
            marker["uniqueId"] = i;
            operations.Add(new JsonObject { ["type"] = "add", ["ssrComponentId"] = i + 1, ["marker"] = marker });
        }
        var batch = new JsonObject { ["batchId"] = 1, ["operations"] = operations }.ToJsonString();
        await _hub.SendAsync("UpdateRootComponents", batch, page.ApplicationState, cts.Token);
        await _firstRender.Task.WaitAsync(cts.Token);
    }

    /// <summary>Whether the mirrored page shows the text.</summary>
    public bool Shows(string text)
    {
        lock (_mirrorLock) return _mirror.Shows(text);
    }

    public IReadOnlyList<MirrorHandler> ClickHandlers()
    {
        lock (_mirrorLock) return _mirror.Handlers("click").ToList();
    }

    public MirrorHandler? FindClick(string? text)
    {
        lock (_mirrorLock) return _mirror.Find("click", text);
    }

    /// <summary>Waits until no batch has come for the quiet period (or the limit passes).</summary>
    public async Task SettleAsync(TimeSpan quiet, TimeSpan limit, CancellationToken ct)
    {
        var until = Stopwatch.GetTimestamp() + (long)(limit.TotalSeconds * Stopwatch.Frequency);
        var seen = Interlocked.Read(ref RenderBatches);
        while (Stopwatch.GetTimestamp() < until)
        {
            await Task.Delay(quiet, ct);
            var now = Interlocked.Read(ref RenderBatches);
            if (now == seen) return;
            seen = now;
        }
    }

    /// <summary>Clicks the handler; returns the milliseconds until the next render batch arrived, or null when none came in time.</summary>
    public async Task<double?> ClickAsync(MirrorHandler target, TimeSpan timeout, CancellationToken ct)
    {
        var interop = Interlocked.Read(ref _interopObjectId);
        if (interop == 0) throw new InvalidOperationException("The server never attached the renderer's interop object.");
        var descriptor = JsonSerializer.Serialize(new { eventHandlerId = target.Id, eventName = "click", eventFieldInfo = (object?)null });
        var argsJson = "[" + descriptor + "," + MouseClickArgs + "]";
        var callId = Interlocked.Increment(ref _nextCallId).ToString(CultureInfo.InvariantCulture);
        var next = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _nextBatch, next);
        var start = Stopwatch.GetTimestamp();
        await _hub.SendAsync("BeginInvokeDotNetFromJS", callId, null, "DispatchEventAsync", interop, argsJson, ct);
        try
        {
            var arrived = await next.Task.WaitAsync(timeout, ct);
            return Stopwatch.GetElapsedTime(start, arrived).TotalMilliseconds;
        }
        catch (TimeoutException)
        {
            Interlocked.CompareExchange(ref _nextBatch, null, next);
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _disposing = true;
        try
        {
            await _hub.DisposeAsync();
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or OperationCanceledException)
        {
            // Closing a connection the server already dropped.
        }
    }
}
