// Command proof shows that the Go client generated from api/openapi.yaml signs, and works
// against a server: the signing transport against openssl (fixed key and timestamp of the Java
// tests), key errors, then edits, read-backs, a wrong key and a refused body against the mock of
// a target profile. It also writes the page's two example bodies as the Go client sends them,
// and the Java client's JSON read and written back by the Go client, for compare-examples.mjs.
// One line per check ("ok   go: ..." or "FAIL go: ..."); exit 1 when any failed.
//
// Run by api/tooling/other-languages.sh; built by api/tooling/go-build.sh inside the client's
// module (cmd/proof), so that it uses the client's offline go.mod.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"time"

	outboundkit "outboundkit.dev/client/go"
)

var failures int

func report(ok bool, label, detail string) {
	mark := "ok  "
	if !ok {
		failures++
		mark = "FAIL"
		if detail != "" {
			label += " (" + detail + ")"
		}
	}
	fmt.Printf("%s go: %s\n", mark, label)
}

// check runs one check; a nil error is a pass.
func check(label string, body func() error) {
	err := body()
	detail := ""
	if err != nil {
		detail = err.Error()
	}
	report(err == nil, label, detail)
}

func main() {
	keys := flag.String("keys", "", "folder of the Java tests' keys (src/test/resources/keys)")
	appID := flag.String("app-id", "", "appId of the openssl sign")
	timestamp := flag.Int64("timestamp", 0, "timestamp (epoch ms) of the openssl sign")
	expected := flag.String("expect-sign", "", "the sign openssl made for appId+timestamp with rsa2048-pkcs8.pem")
	profileFile := flag.String("profile", "", "target profile of the server (the mock's --write-profile)")
	javaExamples := flag.String("java-examples", "", "the Java client's example JSON (ExampleBodiesExportTest)")
	writeExamples := flag.String("write-examples", "", "where to write the Go client's example JSON")
	flag.Parse()
	if *keys == "" || *appID == "" || *timestamp == 0 || *expected == "" || *profileFile == "" || *javaExamples == "" || *writeExamples == "" {
		fmt.Fprintln(os.Stderr, "proof: give -keys -app-id -timestamp -expect-sign -profile -java-examples -write-examples")
		os.Exit(2)
	}

	// 1. The sign, byte for byte, for each key form the module takes.
	for _, form := range []struct{ file, name string }{
		{"rsa2048-pkcs8.pem", "PEM PKCS#8"},
		{"rsa2048-pkcs1.pem", "PEM PKCS#1"},
		{"rsa2048-pkcs8.b64", "bare Base64 PKCS#8"},
	} {
		check("sign of appId+timestamp equals openssl dgst -sha256 -sign, byte for byte ("+form.name+")", func() error {
			return signedLikeOpenssl(filepath.Join(*keys, form.file), *appID, *timestamp, *expected)
		})
	}
	check("key errors name the problem and the file, never the key", func() error {
		return keyErrors(*keys)
	})

	// 2. Against the server of the profile.
	profile, err := readProfile(*profileFile)
	if err != nil {
		fmt.Fprintln(os.Stderr, "proof:", err)
		os.Exit(2)
	}
	tenant, err := client(profile, profile.privateKey)
	if err != nil {
		fmt.Fprintln(os.Stderr, "proof:", err)
		os.Exit(2)
	}
	full := notStarted()
	full.TaskId = profile.taskID("task.notStarted")
	full.SkillSetId = profile.values["skillSetId"]
	full.OutboundNumberGroupId = profile.values["outboundNumberGroupId"]
	second := inProgressOrPaused()
	second.TaskId = profile.taskID("task.inProgress")
	second.OutboundNumberGroupId = profile.values["outboundNumberGroupId"]

	variants := []struct {
		label   string
		body    outboundkit.EditTaskRequest
		taskID  int64
		batches []outboundkit.PhoneGroupDto
	}{
		{fmt.Sprintf("not-started task %d edited with the page's full body: 10000", full.TaskId),
			outboundkit.NotStartedTaskEditAsEditTaskRequest(full), full.TaskId, full.OutboundPhoneGroups},
		{fmt.Sprintf("in-progress task %d edited with the second table's body: 10000", second.TaskId),
			outboundkit.InProgressTaskEditAsEditTaskRequest(second), second.TaskId, second.OutboundPhoneGroups},
	}
	for _, v := range variants {
		check(v.label, func() error { return edit(tenant, v.body, outboundkit.RESULTCODE_SUCCESS, true) })
		check(fmt.Sprintf("task %d read back with getPhoneGroups: the batch sent", v.taskID), func() error {
			return readBack(tenant, v.taskID, v.batches)
		})
	}

	stranger, err := client(profile, filepath.Join(*keys, "rsa2048-second-pkcs8.pem"))
	if err != nil {
		fmt.Fprintln(os.Stderr, "proof:", err)
		os.Exit(2)
	}
	check("signed with another key: 10001", func() error {
		return edit(stranger, outboundkit.NotStartedTaskEditAsEditTaskRequest(full), outboundkit.RESULTCODE_AUTHENTICATION_FAILED, false)
	})
	refused := *full
	refused.Acw = 181
	check("a body the server refuses (acw 181): 29002 as a typed *CommunicateBaseVo and a nil error", func() error {
		return edit(tenant, outboundkit.NotStartedTaskEditAsEditTaskRequest(&refused), outboundkit.RESULTCODE_PARAMETER_ERROR, false)
	})

	// 3. The example JSON, compared with the Java client's by compare-examples.mjs.
	check("wrote the page examples as the Go client sends them to "+*writeExamples, func() error {
		return writeExampleJSON(*javaExamples, *writeExamples)
	})

	if failures > 0 {
		os.Exit(1)
	}
}

// signedLikeOpenssl sends a request through SigningTransport with a fixed clock and compares
// the three headers it got, under the spec's spelling, with appId, timestamp and openssl's sign.
func signedLikeOpenssl(keyFile, appID string, timestamp int64, expected string) error {
	key, err := outboundkit.LoadPrivateKey(keyFile)
	if err != nil {
		return err
	}
	signer, err := outboundkit.NewRSASigner(key)
	if err != nil {
		return err
	}
	var seen http.Header
	transport := outboundkit.NewSigningTransport(appID, signer, roundTripFunc(func(r *http.Request) (*http.Response, error) {
		seen = r.Header
		return &http.Response{StatusCode: 204, Body: http.NoBody, Request: r}, nil
	}))
	transport.Clock = func() time.Time { return time.UnixMilli(timestamp) }
	req, _ := http.NewRequest(http.MethodGet, "http://127.0.0.1:9/speech/openapi/v1/task/outbound/getPhoneGroups?taskId=1", nil)
	req.Header.Set("Accept", "application/json")
	req.Header.Set("Sign", "stale") // a retried or copied request: replaced, not sent twice
	if _, err := transport.RoundTrip(req); err != nil {
		return err
	}
	if len(req.Header) != 2 || req.Header.Get("Sign") != "stale" {
		return fmt.Errorf("the caller's request was changed")
	}
	if len(seen) != 4 {
		return fmt.Errorf("%d headers sent, not Accept and the three signed ones", len(seen))
	}
	if got := seen[outboundkit.AppIDHeader]; !reflect.DeepEqual(got, []string{appID}) {
		return fmt.Errorf("%s header is %q", outboundkit.AppIDHeader, got)
	}
	if got := seen[outboundkit.TimestampHeader]; !reflect.DeepEqual(got, []string{strconv.FormatInt(timestamp, 10)}) {
		return fmt.Errorf("%s header is %q", outboundkit.TimestampHeader, got)
	}
	if seen.Get("Accept") != "application/json" {
		return fmt.Errorf("the request lost its other headers")
	}
	// A mismatching sign is not printed: it is a credential for its timestamp.
	if got := seen[outboundkit.SignHeader]; len(got) != 1 || got[0] != expected {
		return fmt.Errorf("the sign differs from openssl's (not printed)")
	}
	return nil
}

// keyErrors loads keys the module must refuse and checks each error names the problem and
// the file, and holds no line of the key.
func keyErrors(keys string) error {
	for file, want := range map[string]string{
		"ec-p256-pkcs8.pem":           "RSA key",
		"rsa1024-pkcs8.pem":           "1024 bits",
		"rsa2048-public.pem":          "public key",
		"rsa2048-pkcs8-encrypted.pem": "encrypted",
		"garbage.txt":                 "not a key",
		"no-such-file.pem":            "file not found",
	} {
		path := filepath.Join(keys, file)
		_, err := outboundkit.LoadPrivateKey(path)
		if err == nil {
			return fmt.Errorf("%s was accepted", file)
		}
		message := err.Error()
		if !strings.Contains(message, want) || !strings.HasPrefix(message, path+": ") {
			return fmt.Errorf("%s: the error %q does not say %q", file, message, want)
		}
		text, _ := os.ReadFile(path)
		for _, line := range strings.Split(string(text), "\n") {
			if len(line) >= 16 && !strings.HasPrefix(line, "-----") && strings.Contains(message, line) {
				return fmt.Errorf("%s: the error echoes the key", file)
			}
		}
	}
	return nil
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

func client(p *profile, keyFile string) (*outboundkit.APIClient, error) {
	key, err := outboundkit.LoadPrivateKey(keyFile)
	if err != nil {
		return nil, err
	}
	signer, err := outboundkit.NewRSASigner(key)
	if err != nil {
		return nil, err
	}
	cfg := outboundkit.NewConfiguration()
	cfg.Servers = outboundkit.ServerConfigurations{{URL: p.baseURL}}
	cfg.HTTPClient = &http.Client{Timeout: 10 * time.Second, Transport: outboundkit.NewSigningTransport(p.appID, signer, nil)}
	return outboundkit.NewAPIClient(cfg), nil
}

// edit expects the result as a typed value with a nil error: a vendor refusal is an answer.
func edit(c *outboundkit.APIClient, body outboundkit.EditTaskRequest, code outboundkit.ResultCode, data bool) error {
	answer, _, err := c.OutboundTaskAPI.EditTask(context.Background()).EditTaskRequest(body).Execute()
	if err != nil {
		return fmt.Errorf("error %v", err)
	}
	if answer.Code != code {
		return fmt.Errorf("code %s %s", answer.Code, answer.Message)
	}
	if answer.Data.Get() == nil || *answer.Data.Get() != data {
		return fmt.Errorf("data is not %v", data)
	}
	return nil
}

func readBack(c *outboundkit.APIClient, taskID int64, sent []outboundkit.PhoneGroupDto) error {
	answer, _, err := c.OutboundTaskAPI.GetPhoneGroups(context.Background()).TaskId(taskID).Execute()
	if err != nil {
		return fmt.Errorf("error %v", err)
	}
	if answer.Code != outboundkit.RESULTCODE_SUCCESS {
		return fmt.Errorf("code %s %s", answer.Code, answer.Message)
	}
	type batch struct {
		Name, Identify  string
		Switch          int32
		Interval, Times *int32
	}
	var got, want []batch
	for _, b := range answer.Data {
		got = append(got, batch{b.GetName(), b.GetIdentify(), int32(b.GetAutoOutboundSwitch()), b.AutoOutboundInterval.Get(), b.AutoOutboundTimes.Get()})
	}
	for _, b := range sent {
		want = append(want, batch{b.Name, b.Identify, int32(b.AutoOutboundSwitch), b.AutoOutboundInterval, b.AutoOutboundTimes})
	}
	if !reflect.DeepEqual(got, want) {
		g, _ := json.Marshal(got)
		w, _ := json.Marshal(want)
		return fmt.Errorf("read back %s, sent %s", g, w)
	}
	return nil
}

// writeExampleJSON writes {"notStarted", "inProgressOrPaused", "roundTrip": {...}}: the two
// bodies as the Go client sends them (EditTaskRequest through encoding/json), and the Java
// client's JSON read by the Go client (EditTaskRequest.UnmarshalJSON) and written back.
func writeExampleJSON(javaFile, outFile string) error {
	out := map[string]interface{}{}
	bodies := map[string]outboundkit.EditTaskRequest{
		"notStarted":         outboundkit.NotStartedTaskEditAsEditTaskRequest(notStarted()),
		"inProgressOrPaused": outboundkit.InProgressTaskEditAsEditTaskRequest(inProgressOrPaused()),
	}
	for name, body := range bodies {
		text, err := json.Marshal(body)
		if err != nil {
			return fmt.Errorf("%s: %v", name, err)
		}
		out[name] = json.RawMessage(text)
	}
	javaText, err := os.ReadFile(javaFile)
	if err != nil {
		return fmt.Errorf("%s is missing: run the Java test ExampleBodiesExportTest first (mvn test)", javaFile)
	}
	var java map[string]json.RawMessage
	if err := json.Unmarshal(javaText, &java); err != nil {
		return fmt.Errorf("%s: %v", javaFile, err)
	}
	roundTrip := map[string]interface{}{}
	for name, text := range java {
		var body outboundkit.EditTaskRequest
		if err := json.Unmarshal(text, &body); err != nil {
			roundTrip[name] = map[string]string{"goReadError": err.Error()}
			continue
		}
		again, err := json.Marshal(body)
		if err != nil {
			return fmt.Errorf("%s: %v", name, err)
		}
		roundTrip[name] = json.RawMessage(again)
	}
	out["roundTrip"] = roundTrip
	text, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(outFile), 0o755); err != nil {
		return err
	}
	return os.WriteFile(outFile, append(text, '\n'), 0o644)
}

func int32p(v int32) *int32 { return &v }

func strp(v string) *string { return &v }

// The vendor page's two example bodies, built with the Go client's models (the Java tests'
// PageExamples, the TypeScript example-bodies.ts).
func batch() outboundkit.PhoneGroupDto {
	return outboundkit.PhoneGroupDto{
		Name:                 "外呼任务号码批次名称,如:本人、亲属、朋友",
		Identify:             "default",
		AutoOutboundSwitch:   outboundkit.AUTOOUTBOUNDSWITCH_ON,
		AutoOutboundInterval: int32p(5),
		AutoOutboundTimes:    int32p(1),
	}
}

func notStarted() *outboundkit.NotStartedTaskEdit {
	return &outboundkit.NotStartedTaskEdit{
		TaskId:                121,
		TaskName:              "自动外呼任务名称",
		TaskExecStartDate:     "2020-09-27",
		TaskExecEndDate:       "2020-09-27",
		TaskExecTimes:         []outboundkit.ExecTimeOpenDto{{TaskExecTimeStartStr: "11:36:00", TaskExecTimeEndStr: "12:35:00"}},
		TaskDesc:              strp("自动外呼描述"),
		SkillSetId:            "1462016331580064",
		OutboundNumberGroupId: "1070678044124225",
		StrategyDisplaySwitch: true,
		SendNumberStrategy:    outboundkit.SENDNUMBERSTRATEGY_BY_MULTIPLIER,
		AbandonmentRate:       int32p(2),
		MultiplyPower:         int32p(2),
		MaxRingingDuration:    20,
		Acw:                   10,
		OutboundPhoneGroups:   []outboundkit.PhoneGroupDto{batch()},
	}
}

func inProgressOrPaused() *outboundkit.InProgressTaskEdit {
	return &outboundkit.InProgressTaskEdit{
		TaskId:                121,
		OutboundNumberGroupId: "1070678044124225",
		StrategyDisplaySwitch: true,
		SendNumberStrategy:    outboundkit.SENDNUMBERSTRATEGY_BY_MULTIPLIER,
		AbandonmentRate:       int32p(2),
		MultiplyPower:         int32p(2),
		OutboundPhoneGroups:   []outboundkit.PhoneGroupDto{batch()},
	}
}

// profile is a target profile (docs/mock.md): a Java properties file.
type profile struct {
	baseURL, appID, privateKey string
	values                     map[string]string
}

func (p *profile) taskID(key string) int64 {
	id, _ := strconv.ParseInt(p.values[key], 10, 64)
	return id
}

func readProfile(file string) (*profile, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, fmt.Errorf("profile %s: cannot read it", file)
	}
	defer f.Close()
	values := map[string]string{}
	scanner := bufio.NewScanner(f)
	for scanner.Scan() {
		line := strings.TrimLeft(scanner.Text(), " \t\f")
		if line == "" || line[0] == '#' || line[0] == '!' {
			continue
		}
		key, value := splitProperty(line)
		values[key] = value
	}
	for _, key := range []string{"baseUrl", "appId", "privateKey", "skillSetId", "outboundNumberGroupId", "task.notStarted", "task.inProgress"} {
		if strings.TrimSpace(values[key]) == "" {
			return nil, fmt.Errorf("profile %s: %s is missing or blank", file, key)
		}
	}
	for _, key := range []string{"task.notStarted", "task.inProgress"} {
		if _, err := strconv.ParseInt(values[key], 10, 64); err != nil {
			return nil, fmt.Errorf("profile %s: %s is not a task id: %s", file, key, values[key])
		}
	}
	keyFile := values["privateKey"]
	if !filepath.IsAbs(keyFile) {
		keyFile = filepath.Join(filepath.Dir(file), keyFile)
	}
	return &profile{strings.TrimRight(values["baseUrl"], "/"), values["appId"], keyFile, values}, nil
}

// splitProperty splits "key=value" (or ':' or whitespace) with java.util.Properties escapes.
func splitProperty(line string) (string, string) {
	var key strings.Builder
	i := 0
	for ; i < len(line); i++ {
		c := line[i]
		if c == '\\' && i+1 < len(line) {
			i++
			key.WriteByte(line[i])
			continue
		}
		if c == '=' || c == ':' || c == ' ' || c == '\t' {
			break
		}
		key.WriteByte(c)
	}
	rest := strings.TrimLeft(line[i:], " \t\f")
	if rest != "" && (rest[0] == '=' || rest[0] == ':') {
		rest = strings.TrimLeft(rest[1:], " \t\f")
	}
	return key.String(), unescape(rest)
}

func unescape(s string) string {
	var out strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 >= len(s) {
			out.WriteByte(s[i])
			continue
		}
		i++
		switch s[i] {
		case 'n':
			out.WriteByte('\n')
		case 't':
			out.WriteByte('\t')
		case 'r':
			out.WriteByte('\r')
		case 'f':
			out.WriteByte('\f')
		case 'u':
			if i+4 < len(s) {
				if r, err := strconv.ParseUint(s[i+1:i+5], 16, 32); err == nil {
					out.WriteRune(rune(r))
					i += 4
					continue
				}
			}
			out.WriteByte('u')
		default:
			out.WriteByte(s[i])
		}
	}
	return out.String()
}
