// lbbv native addon: executable memory, the VM's linear memory, and the two
// trampolines between JavaScript and the JIT's machine code.
// See native/README.md for the design; docs/ARCHITECTURE.md §6 for registers.
//
// Error handling: no C++ exceptions (NAPI_DISABLE_CPP_EXCEPTIONS, built with
// -fno-exceptions), so nothing can ever unwind through JIT frames. Every
// syscall is checked; a failure becomes a JS Error and the process goes on.

#include <napi.h>
#include <v8.h>

#include <errno.h>
#include <pthread.h>
#include <poll.h>
#include <sched.h>
#include <sys/syscall.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include <atomic>
#include <mutex>
#include <string>
#include <vector>

#ifndef MFD_CLOEXEC
#define MFD_CLOEXEC 0x0001U
#endif
#ifndef MFD_EXEC
#define MFD_EXEC 0x0010U  // Linux 6.3+: exempt from vm.memfd_noexec
#endif

namespace {

// ---- Runtime block (r15). Keep in sync with README.md and src/native/layout.ts.
constexpr size_t RT_PENDING = 0;       // u64: 1 while a callback's JS exception is pending
constexpr size_t RT_CALLBACK = 8;      // u64: address of lbbv_callback (call [r15 + 8])
// 16 RT_EXIT_PC, 24 RT_EXIT_SP: written by generated code only.
constexpr size_t RT_RET_RAX = 32;      // u64: rax when the generated code returned (written by lbbv_enter)
constexpr size_t RT_RET_RDX = 40;      // u64: rdx idem
constexpr size_t RT_DEPTH = 48;        // u64: number of active enter() calls
constexpr size_t RT_STACK_LIMIT = 56;  // u64: lowest safe native rsp before calling out (0 = unknown)
constexpr size_t RT_SIZE = 4096;       // one page; 256.. is free for the JIT
constexpr size_t RT_CALLBACK_ARGS = 224;  // 4 doubles (the last scratch words): id, a, b, c for an argument-less dispatcher

// Headroom kept above the bottom of the native stack for a callback into JS
// (V8 itself stops with a RangeError well before that).
constexpr size_t STACK_MARGIN = 256 * 1024;

// Returned by lbbv_callback when (and only when) a JS exception is pending.
constexpr int64_t CALLBACK_ERROR = INT64_MIN;

constexpr uint64_t MAX_CODE_SIZE = uint64_t{1} << 31;    // 2 GiB: every jump inside fits rel32
constexpr uint64_t MAX_RESERVATION = uint64_t{1} << 32;  // 4 GiB

constexpr uint32_t ABI_VERSION = 2;

static_assert(RT_RET_RAX == 32 && RT_RET_RDX == 40, "enter.S hard-codes these offsets");

}  // namespace

// The entry trampoline, in enter.S.
extern "C" int64_t lbbv_enter(uintptr_t code, uintptr_t membase, uint64_t fp, uint64_t sp, void *rt);
extern "C" int64_t lbbv_callback(int64_t id, int64_t a, int64_t b, int64_t c);

namespace {

uint64_t &rt_u64(uint8_t *rt, size_t off) { return *reinterpret_cast<uint64_t *>(rt + off); }

// ---- Per-environment state (one per Node.js thread that loads the addon).
struct State {
  napi_env env = nullptr;
  uint8_t *rt = nullptr;        // the runtime block
  napi_ref callback = nullptr;  // the JS dispatcher (setCallback)
  bool args_in_runtime = false; // pass (id, a, b, c) as doubles at RT_CALLBACK_ARGS, not as JS arguments
  // With args_in_runtime: the dispatcher held for a direct V8 call (no
  // Node-API layer on the hottest path; see call_direct).
  v8::Global<v8::Function> *direct = nullptr;
  napi_ref holder = nullptr;    // an object; holder.exception = the pending JS exception
};

// The State whose enter() is innermost on this thread; lbbv_callback has no
// other way to find its napi_env. Saved and restored around nested entries.
thread_local State *t_current = nullptr;

// ---- Mappings (code regions and VM memory reservations), process-wide.
enum class Kind { Code, Memory };
struct Mapping {
  uint64_t id;        // unique, assigned when registered
  Kind kind;
  uint8_t *rw;        // the RW view (code) or the reservation (memory)
  uint8_t *rx;        // the RX view (code only)
  size_t size;        // bytes mapped (each view)
  size_t committed;   // memory only: bytes currently read-write
  bool released;      // unmapped by release(); the finalizer only frees the struct
};
std::mutex g_mutex;
std::vector<Mapping *> g_mappings;  // live (not released) mappings
std::atomic<uint64_t> g_generation{1};  // bumped (under g_mutex) whenever a mapping goes away
uint64_t g_next_id = 1;                  // under g_mutex

size_t page_size() {
  static size_t ps = static_cast<size_t>(sysconf(_SC_PAGESIZE));
  return ps;
}
size_t round_up(size_t n, size_t to) { return (n + to - 1) / to * to; }

std::string errno_msg(const char *what, int err) {
  return std::string("lbbv native: ") + what + " failed: " + strerror(err);
}

Napi::Value throw_error(Napi::Env env, const std::string &msg) {
  Napi::Error::New(env, msg).ThrowAsJavaScriptException();
  return Napi::Value();
}

// Unmaps a mapping's views (caller holds g_mutex or owns it exclusively).
void unmap(Mapping *m) {
  // munmap only fails for invalid arguments, which would be a bug here;
  // there is nobody to report to from a finalizer, so the result is ignored.
  munmap(m->rw, m->size);
  if (m->rx) munmap(m->rx, m->size);
}

void unregister_locked(Mapping *m) {
  g_generation.fetch_add(1, std::memory_order_release);
  for (size_t i = 0; i < g_mappings.size(); i++) {
    if (g_mappings[i] == m) {
      g_mappings[i] = g_mappings.back();
      g_mappings.pop_back();
      return;
    }
  }
}

// ArrayBuffer finalizer: the buffer owns its mapping.
void finalize_mapping(napi_env, void *, void *hint) {
  Mapping *m = static_cast<Mapping *>(hint);
  {
    std::lock_guard<std::mutex> lock(g_mutex);
    if (!m->released) {
      unregister_locked(m);
      unmap(m);
    }
  }
  delete m;
}

// Registers `m` and hands it to a new external ArrayBuffer over its RW view;
// from then on the buffer owns it (its finalizer unmaps it). On failure the
// mapping is gone too and a JS exception is pending (returns nullptr).
napi_value adopt(napi_env env, Mapping *m) {
  uint64_t id;
  {
    std::lock_guard<std::mutex> lock(g_mutex);
    id = m->id = g_next_id++;
    g_mappings.push_back(m);
  }
  napi_value buf = nullptr;
  if (napi_create_external_arraybuffer(env, m->rw, m->size, finalize_mapping, m, &buf) == napi_ok) return buf;
  // Node may already have run the finalizer (Node 20 does, when the buffer
  // cannot be created); finish the job only if it did not. m may be freed:
  // look it up by id, not by pointer.
  std::lock_guard<std::mutex> lock(g_mutex);
  for (Mapping *x : g_mappings) {
    if (x->id == id) {
      unregister_locked(x);
      unmap(x);
      delete x;
      break;
    }
  }
  bool pending = false;
  napi_is_exception_pending(env, &pending);
  if (!pending) napi_throw_error(env, nullptr, "lbbv native: cannot create an external ArrayBuffer");
  return nullptr;
}

// Finds the live mapping whose RW view / reservation starts at `data`.
Mapping *find_by_buffer_locked(void *data, Kind kind) {
  for (Mapping *m : g_mappings)
    if (m->rw == data && m->kind == kind) return m;
  return nullptr;
}

// ---- Argument helpers: false (with a pending TypeError) on bad input.
bool arg_u64(const Napi::CallbackInfo &info, size_t i, uint64_t *out) {
  int64_t v = 0;
  if (i >= info.Length() || napi_get_value_int64(info.Env(), info[i], &v) != napi_ok || v < 0) {
    Napi::TypeError::New(info.Env(), "lbbv native: argument " + std::to_string(i) + " must be a non-negative number")
        .ThrowAsJavaScriptException();
    return false;
  }
  *out = static_cast<uint64_t>(v);
  return true;
}

Napi::Number num(Napi::Env env, uint64_t v) { return Napi::Number::New(env, static_cast<double>(v)); }

// ======================================================================
// Code memory: one memfd mapped twice, RW (for writing) and RX (for running).

// createCodeMemory(bytes) -> { rw: ArrayBuffer, rxBase: number, size: number }
Napi::Value CreateCodeMemory(const Napi::CallbackInfo &info) {
  Napi::Env env = info.Env();
  uint64_t req = 0;
  if (!arg_u64(info, 0, &req)) return Napi::Value();
  if (req == 0 || req > MAX_CODE_SIZE) return throw_error(env, "lbbv native: code memory size must be in (0, 2 GiB]");
  size_t size = round_up(static_cast<size_t>(req), page_size());

  int fd = memfd_create("lbbv-jit", MFD_CLOEXEC | MFD_EXEC);
  if (fd < 0 && errno == EINVAL) fd = memfd_create("lbbv-jit", MFD_CLOEXEC);  // kernel < 6.3
  if (fd < 0) return throw_error(env, errno_msg("memfd_create", errno));
  if (ftruncate(fd, static_cast<off_t>(size)) != 0) {
    int err = errno;
    close(fd);
    return throw_error(env, errno_msg("ftruncate(memfd)", err));
  }
  void *rw = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
  if (rw == MAP_FAILED) {
    int err = errno;
    close(fd);
    return throw_error(env, errno_msg("mmap(code, RW)", err));
  }
  void *rx = mmap(nullptr, size, PROT_READ | PROT_EXEC, MAP_SHARED, fd, 0);
  if (rx == MAP_FAILED) {
    int err = errno;
    munmap(rw, size);
    close(fd);
    return throw_error(env, errno_msg("mmap(code, RX)", err));
  }
  close(fd);  // the two mappings keep the memory alive

  Mapping *m = new Mapping{0, Kind::Code, static_cast<uint8_t *>(rw), static_cast<uint8_t *>(rx), size, size, false};
  napi_value buf = adopt(env, m);
  if (buf == nullptr) return Napi::Value();
  Napi::Object out = Napi::Object::New(env);
  out.Set("rw", Napi::Value(env, buf));
  out.Set("rxBase", num(env, reinterpret_cast<uintptr_t>(rx)));
  out.Set("size", num(env, size));
  return out;
}

// ======================================================================
// VM memory: reserved PROT_NONE, made read-write as it grows.

// reserveMemory(bytes) -> { buffer: ArrayBuffer, address: number, size: number }
Napi::Value ReserveMemory(const Napi::CallbackInfo &info) {
  Napi::Env env = info.Env();
  uint64_t req = 0;
  if (!arg_u64(info, 0, &req)) return Napi::Value();
  // 4 GiB: the VM's references are 32-bit offsets, and Node 20 cannot make a
  // larger external ArrayBuffer anyway.
  if (req == 0 || req > MAX_RESERVATION) return throw_error(env, "lbbv native: reservation size must be in (0, 4 GiB]");
  size_t size = round_up(static_cast<size_t>(req), page_size());

  void *p = mmap(nullptr, size, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) return throw_error(env, errno_msg("mmap(reserve)", errno));

  Mapping *m = new Mapping{0, Kind::Memory, static_cast<uint8_t *>(p), nullptr, size, 0, false};
  napi_value buf = adopt(env, m);
  if (buf == nullptr) return Napi::Value();
  Napi::Object out = Napi::Object::New(env);
  out.Set("buffer", Napi::Value(env, buf));
  out.Set("address", num(env, reinterpret_cast<uintptr_t>(p)));
  out.Set("size", num(env, size));
  return out;
}

// commit(buffer, bytes) -> committed bytes (>= bytes, page-rounded).
// Makes [0, bytes) of a reservation read-write; never shrinks.
Napi::Value Commit(const Napi::CallbackInfo &info) {
  Napi::Env env = info.Env();
  uint64_t want = 0;
  if (info.Length() < 1 || !info[0].IsArrayBuffer()) return throw_error(env, "lbbv native: commit: expected an ArrayBuffer");
  if (!arg_u64(info, 1, &want)) return Napi::Value();
  void *data = info[0].As<Napi::ArrayBuffer>().Data();
  std::lock_guard<std::mutex> lock(g_mutex);
  Mapping *m = find_by_buffer_locked(data, Kind::Memory);
  if (!m) return throw_error(env, "lbbv native: commit: not a live VM memory reservation");
  if (want > m->size) return throw_error(env, "lbbv native: commit: beyond the reservation");
  size_t to = round_up(static_cast<size_t>(want), page_size());
  if (to > m->committed) {
    if (mprotect(m->rw + m->committed, to - m->committed, PROT_READ | PROT_WRITE) != 0)
      return throw_error(env, errno_msg("mprotect(commit)", errno));
    m->committed = to;
  }
  return num(env, m->committed);
}

// release(buffer): unmaps a code region or reservation now and detaches the
// buffer. Any address into it is dangling afterwards.
Napi::Value Release(const Napi::CallbackInfo &info) {
  Napi::Env env = info.Env();
  if (info.Length() < 1 || !info[0].IsArrayBuffer()) return throw_error(env, "lbbv native: release: expected an ArrayBuffer");
  Napi::ArrayBuffer buf = info[0].As<Napi::ArrayBuffer>();
  void *data = buf.Data();
  {
    std::lock_guard<std::mutex> lock(g_mutex);
    Mapping *m = find_by_buffer_locked(data, Kind::Code);
    if (!m) m = find_by_buffer_locked(data, Kind::Memory);
    if (!m) return throw_error(env, "lbbv native: release: not a live lbbv mapping");
    unregister_locked(m);
    unmap(m);
    m->released = true;  // the struct is freed by the buffer's finalizer
  }
  buf.Detach();
  return env.Undefined();
}

// Is `code` inside the RX view of a live code region? enter() checks this so
// that a wrong address is a JS error rather than a crash. The last region
// found is cached per thread, valid until any mapping goes away.
struct CodeCache {
  uintptr_t lo = 0, hi = 0;
  uint64_t generation = 0;
};
thread_local CodeCache t_code_cache;

bool is_code_address(uintptr_t code) {
  CodeCache &c = t_code_cache;
  if (code >= c.lo && code < c.hi && c.generation == g_generation.load(std::memory_order_acquire)) return true;
  std::lock_guard<std::mutex> lock(g_mutex);
  for (Mapping *m : g_mappings) {
    if (m->kind != Kind::Code) continue;
    uintptr_t base = reinterpret_cast<uintptr_t>(m->rx);
    if (code >= base && code < base + m->size) {
      c = CodeCache{base, base + m->size, g_generation.load(std::memory_order_relaxed)};
      return true;
    }
  }
  return false;
}

// ======================================================================
// Entering machine code and calling back into JS.
//
// These are the hot paths, written against the plain Node-API C interface:
// fewer temporaries and small stack frames (every JIT -> JS -> JIT nesting
// level pays for them in native stack). Error paths are kept out of line.

#define COLD __attribute__((noinline, cold))

// Records `exception` as the pending exception (RT_PENDING = 1).
COLD void set_pending(State *st, napi_value exception) {
  napi_value holder;
  if (napi_get_reference_value(st->env, st->holder, &holder) == napi_ok)
    napi_set_named_property(st->env, holder, "exception", exception);
  rt_u64(st->rt, RT_PENDING) = 1;
}

// Records a new Error (TypeError if `type_error`) with `msg` as pending.
COLD void set_pending_error(State *st, const char *msg, bool type_error = false) {
  napi_value text, err = nullptr;
  napi_create_string_utf8(st->env, msg, NAPI_AUTO_LENGTH, &text);
  if (type_error)
    napi_create_type_error(st->env, nullptr, text, &err);
  else
    napi_create_error(st->env, nullptr, text, &err);
  set_pending(st, err);
}

// Moves the JS exception pending on the env (if any; else a new Error with
// `fallback`, e.g. when JS cannot run at all) into the runtime block.
COLD void capture_exception(State *st, const char *fallback) {
  napi_value exc = nullptr;
  bool pending = false;
  napi_is_exception_pending(st->env, &pending);
  if (pending && napi_get_and_clear_last_exception(st->env, &exc) == napi_ok && exc != nullptr)
    set_pending(st, exc);
  else
    set_pending_error(st, fallback);
}

// Throws the pending exception in JS and clears it.
COLD void rethrow_pending(State *st) {
  napi_env env = st->env;
  napi_value holder, exc, undefined;
  rt_u64(st->rt, RT_PENDING) = 0;
  napi_get_undefined(env, &undefined);
  if (napi_get_reference_value(env, st->holder, &holder) != napi_ok ||
      napi_get_named_property(env, holder, "exception", &exc) != napi_ok) {
    napi_throw_error(env, nullptr, "lbbv native: lost the pending exception");
    return;
  }
  napi_set_named_property(env, holder, "exception", undefined);
  napi_throw(env, exc);
}

COLD napi_value throw_type(napi_env env, const char *msg) {
  napi_throw_type_error(env, nullptr, msg);
  return nullptr;
}

COLD napi_value throw_plain(napi_env env, const char *msg) {
  napi_throw_error(env, nullptr, msg);
  return nullptr;
}

// enter(code, membase, fp, sp) -> rax as a number (exact if |rax| < 2^53;
// the full 64 bits are in the runtime block at RT_RET_RAX/RT_RET_RDX).
// If a callback threw meanwhile, rethrows that exception instead.
napi_value Enter(napi_env env, napi_callback_info cbinfo) {
  size_t argc = 4;
  napi_value argv[4];
  int64_t v[4];
  if (napi_get_cb_info(env, cbinfo, &argc, argv, nullptr, nullptr) != napi_ok || argc < 4)
    return throw_type(env, "lbbv native: enter(code, membase, fp, sp) takes 4 numbers");
  for (int i = 0; i < 4; i++)
    if (napi_get_value_int64(env, argv[i], &v[i]) != napi_ok || v[i] < 0)
      return throw_type(env, "lbbv native: enter: arguments must be non-negative numbers");
  if (!is_code_address(static_cast<uintptr_t>(v[0])))
    return throw_plain(env, "lbbv native: enter: address is not in an lbbv code region");
  State *st = nullptr;
  napi_get_instance_data(env, reinterpret_cast<void **>(&st));
  if (rt_u64(st->rt, RT_PENDING) != 0) return throw_plain(env, "lbbv native: enter: an exception is already pending");

  State *outer = t_current;
  t_current = st;
  rt_u64(st->rt, RT_DEPTH)++;
  int64_t rax = lbbv_enter(static_cast<uintptr_t>(v[0]), static_cast<uintptr_t>(v[1]), static_cast<uint64_t>(v[2]),
                           static_cast<uint64_t>(v[3]), st->rt);
  rt_u64(st->rt, RT_DEPTH)--;
  t_current = outer;

  if (rt_u64(st->rt, RT_PENDING) != 0) {
    rethrow_pending(st);
    return nullptr;
  }
  napi_value out;
  napi_create_double(env, static_cast<double>(rax), &out);
  return out;
}

// setCallback(fn | null, argsInRuntime?): the JS dispatcher lbbv_callback calls.
// With argsInRuntime true, fn is called without arguments and finds id, a, b,
// c as doubles in the runtime block at RT_CALLBACK_ARGS (four fewer JS values
// to create per callback).
napi_value SetCallback(napi_env env, napi_callback_info cbinfo) {
  size_t argc = 2;
  napi_value argv[2] = {nullptr, nullptr};
  napi_valuetype t = napi_undefined;
  State *st = nullptr;
  napi_get_instance_data(env, reinterpret_cast<void **>(&st));
  if (napi_get_cb_info(env, cbinfo, &argc, argv, nullptr, nullptr) != napi_ok || argc < 1 ||
      napi_typeof(env, argv[0], &t) != napi_ok || (t != napi_function && t != napi_null && t != napi_undefined))
    return throw_type(env, "lbbv native: setCallback: expected a function or null");
  napi_value fn = argv[0];
  bool via_rt = false;
  if (argc >= 2 && argv[1] != nullptr) {
    napi_valuetype bt = napi_undefined;
    if (napi_typeof(env, argv[1], &bt) == napi_ok && bt == napi_boolean) napi_get_value_bool(env, argv[1], &via_rt);
  }
  st->args_in_runtime = via_rt;
  delete st->direct;
  st->direct = nullptr;
  if (via_rt && t == napi_function) {
    // A napi_value is a v8::Local<v8::Value> (Node's own conversion copies the bits).
    v8::Local<v8::Value> local;
    memcpy(static_cast<void *>(&local), &fn, sizeof(fn));
    st->direct = new v8::Global<v8::Function>(v8::Isolate::GetCurrent(), local.As<v8::Function>());
  }
  if (st->callback != nullptr) {
    napi_delete_reference(env, st->callback);
    st->callback = nullptr;
  }
  if (t == napi_function && napi_create_reference(env, fn, 1, &st->callback) != napi_ok)
    return throw_plain(env, "lbbv native: setCallback: cannot keep a reference to the function");
  return nullptr;
}

// Converts the dispatcher's result to int64; false if it is not an integer in
// (-2^63, 2^63) (the sentinel INT64_MIN is excluded: rax == sentinel <=> pending).
bool result_to_i64(napi_env env, napi_value v, int64_t *out) {
  double d;
  if (napi_get_value_double(env, v, &d) == napi_ok) {
    if (!(d > -9223372036854775808.0 && d < 9223372036854775808.0)) return false;  // also rejects NaN
    *out = static_cast<int64_t>(d);
    return true;
  }
  bool lossless = false;
  if (napi_get_value_bigint_int64(env, v, out, &lossless) != napi_ok || !lossless) return false;
  return *out != CALLBACK_ERROR;
}

// The body of lbbv_callback, inside a handle scope.
int64_t call_dispatcher(State *st, int64_t id, int64_t a, int64_t b, int64_t c) {
  napi_env env = st->env;
  napi_value fn, recv, result, args[4];
  if (st->callback == nullptr || napi_get_reference_value(env, st->callback, &fn) != napi_ok || fn == nullptr) {
    set_pending_error(st, "lbbv native: lbbv_callback was called but no callback is registered");
    return CALLBACK_ERROR;
  }
  napi_get_undefined(env, &recv);
  if (st->args_in_runtime) {
    double *slot = reinterpret_cast<double *>(st->rt + RT_CALLBACK_ARGS);
    slot[0] = static_cast<double>(id);
    slot[1] = static_cast<double>(a);
    slot[2] = static_cast<double>(b);
    slot[3] = static_cast<double>(c);
    if (napi_call_function(env, recv, fn, 0, nullptr, &result) != napi_ok) {
      capture_exception(st, "lbbv native: the callback could not run");
      return CALLBACK_ERROR;
    }
  } else if (napi_create_double(env, static_cast<double>(id), &args[0]) != napi_ok ||
      napi_create_double(env, static_cast<double>(a), &args[1]) != napi_ok ||
      napi_create_double(env, static_cast<double>(b), &args[2]) != napi_ok ||
      napi_create_double(env, static_cast<double>(c), &args[3]) != napi_ok ||
      napi_call_function(env, recv, fn, 4, args, &result) != napi_ok) {
    capture_exception(st, "lbbv native: the callback could not run");
    return CALLBACK_ERROR;
  }
  int64_t r;
  if (!result_to_i64(env, result, &r)) {
    set_pending_error(st, "lbbv native: the callback must return an integer (number or bigint) in (-2^63, 2^63)", true);
    return CALLBACK_ERROR;
  }
  return r;
}

// The argsInRuntime dispatcher, called through V8 directly: the arguments
// are already in the runtime block, the result is a number (or, rarely, a
// bigint: then the Node-API conversion). An exception is caught by the
// TryCatch and recorded as pending, as on the Node-API path.
int64_t call_direct(State *st, int64_t id, int64_t a, int64_t b, int64_t c) {
  v8::Isolate *iso = v8::Isolate::GetCurrent();
  v8::HandleScope scope(iso);  // this callback's handles die with it
  double *slot = reinterpret_cast<double *>(st->rt + RT_CALLBACK_ARGS);
  slot[0] = static_cast<double>(id);
  slot[1] = static_cast<double>(a);
  slot[2] = static_cast<double>(b);
  slot[3] = static_cast<double>(c);
  v8::Local<v8::Context> context = iso->GetCurrentContext();
  v8::TryCatch tc(iso);
  v8::Local<v8::Value> result;
  if (!st->direct->Get(iso)->Call(context, v8::Undefined(iso), 0, nullptr).ToLocal(&result)) {
    if (tc.HasCaught() && !tc.HasTerminated()) {
      v8::Local<v8::Value> exc = tc.Exception();
      napi_value e;
      memcpy(static_cast<void *>(&e), &exc, sizeof(e));
      set_pending(st, e);
    } else {
      set_pending_error(st, "lbbv native: the callback could not run");
    }
    return CALLBACK_ERROR;
  }
  if (result->IsNumber()) {
    double d = result.As<v8::Number>()->Value();
    if (d > -9223372036854775808.0 && d < 9223372036854775808.0) return static_cast<int64_t>(d);
  } else {
    napi_value r;
    memcpy(static_cast<void *>(&r), &result, sizeof(r));
    int64_t out;
    if (result_to_i64(st->env, r, &out)) return out;
  }
  set_pending_error(st, "lbbv native: the callback must return an integer (number or bigint) in (-2^63, 2^63)", true);
  return CALLBACK_ERROR;
}

}  // namespace

// Called by machine code (System V: rdi, rsi, rdx, rcx; rsp 16-byte aligned at
// the call). Calls the registered dispatcher fn(id, a, b, c) with JS numbers
// and returns its result. On a JS exception (or a bad result) it records the
// exception in the runtime block (RT_PENDING = 1) and returns CALLBACK_ERROR;
// the generated code must then return to lbbv_enter, which rethrows. No JS
// runs while an exception is pending.
extern "C" int64_t lbbv_callback(int64_t id, int64_t a, int64_t b, int64_t c) {
  State *st = t_current;
  if (st == nullptr) return CALLBACK_ERROR;  // not inside enter(): cannot happen from correct code
  if (rt_u64(st->rt, RT_PENDING) != 0) return CALLBACK_ERROR;
  if (st->direct != nullptr) return call_direct(st, id, a, b, c);
  napi_handle_scope scope;  // this callback's handles die with it
  if (napi_open_handle_scope(st->env, &scope) != napi_ok) {
    set_pending_error(st, "lbbv native: cannot open a handle scope");
    return CALLBACK_ERROR;
  }
  int64_t r = call_dispatcher(st, id, a, b, c);
  napi_close_handle_scope(st->env, scope);
  return r;
}

namespace {

void finalize_state(Napi::Env env, State *st) {
  if (st->callback) napi_delete_reference(env, st->callback);
  if (st->holder) napi_delete_reference(env, st->holder);
  delete st->direct;
  free(st->rt);
  delete st;
}

// Lowest native stack address generated code may use before calling out, or 0.
uint64_t stack_limit() {
  pthread_attr_t attr;
  if (pthread_getattr_np(pthread_self(), &attr) != 0) return 0;
  void *addr = nullptr;
  size_t size = 0;
  int r = pthread_attr_getstack(&attr, &addr, &size);
  pthread_attr_destroy(&attr);
  if (r != 0 || addr == nullptr || size <= 2 * STACK_MARGIN) return 0;
  return reinterpret_cast<uintptr_t>(addr) + STACK_MARGIN;
}

// ---- Output that survives SIGINT and SIGTERM.
//
// The CLI buffers stdout in a block the addon owns. Word 0 holds the number
// of pending bytes (stored by JS after the bytes themselves), word 1 how many
// of them are already written, word 2 the thread id of the writer (0: none);
// the bytes start at OUT_HEADER. Both JS (flushOutput) and the signal
// handler write through write_pending(), after claiming word 2, so a byte is
// written once even when the signal lands on another thread mid-flush. The handler then dies by the same signal
// with the default disposition, as node does (exit status 128 + signal). It
// works while the VM spins in the interpreter or in machine code: nothing
// has to reach a safepoint.
constexpr size_t OUT_HEADER = 64;
uint8_t *g_out = nullptr;
size_t g_out_size = 0;

uint32_t *out_word(int i) { return reinterpret_cast<uint32_t *>(g_out) + i; }

// Claims the block for this thread (true), or finds it already ours (false).
// Async-signal-safe: spins (yielding) while another thread writes.
bool claim_output(uint32_t tid) {
  for (;;) {
    uint32_t expected = 0;
    if (__atomic_compare_exchange_n(out_word(2), &expected, tid, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) return true;
    if (expected == tid) return false;
    sched_yield();
  }
}

// Writes the pending bytes not yet written to fd 1 (waiting out EAGAIN; a
// closed pipe drops them) and clears the counts. Async-signal-safe.
void write_pending() {
  uint32_t n = __atomic_load_n(out_word(0), __ATOMIC_ACQUIRE);
  if (n > g_out_size - OUT_HEADER) n = static_cast<uint32_t>(g_out_size - OUT_HEADER);
  uint32_t done = __atomic_load_n(out_word(1), __ATOMIC_ACQUIRE);
  while (done < n) {
    ssize_t w = write(1, g_out + OUT_HEADER + done, n - done);
    if (w < 0 && errno == EINTR) continue;
    if (w < 0 && errno == EAGAIN) {
      struct pollfd pfd = {1, POLLOUT, 0};
      poll(&pfd, 1, -1);
      continue;
    }
    if (w <= 0) break;
    done += static_cast<uint32_t>(w);
    __atomic_store_n(out_word(1), done, __ATOMIC_RELEASE);
  }
  __atomic_store_n(out_word(0), 0, __ATOMIC_RELEASE);
  __atomic_store_n(out_word(1), 0, __ATOMIC_RELEASE);
}

uint32_t thread_id() { return static_cast<uint32_t>(syscall(SYS_gettid)); }

void flush_and_die(int sig) {
  if (g_out != nullptr) {
    claim_output(thread_id());
    write_pending();
  }
  signal(sig, SIG_DFL);
  raise(sig);
}

// flushOutput(): writes the block's pending bytes (see above).
Napi::Value FlushOutput(const Napi::CallbackInfo &info) {
  if (g_out == nullptr) return info.Env().Undefined();
  // Blocked here, the signals go to another thread, whose handler waits for
  // this flush to finish (a signal taken on this thread right after a write(2)
  // returned, before `done` moved, would write those bytes again).
  sigset_t block, old;
  sigemptyset(&block);
  sigaddset(&block, SIGINT);
  sigaddset(&block, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &block, &old);
  bool claimed = claim_output(thread_id());
  write_pending();
  if (claimed) __atomic_store_n(out_word(2), 0, __ATOMIC_RELEASE);
  pthread_sigmask(SIG_SETMASK, &old, nullptr);
  return info.Env().Undefined();
}

// outputBuffer(bytes): allocates the block once (later calls return the same
// one), installs the SIGINT/SIGTERM handlers, returns the block as an
// ArrayBuffer (pending length in word 0, bytes from offset 64).
Napi::Value OutputBuffer(const Napi::CallbackInfo &info) {
  Napi::Env env = info.Env();
  if (g_out == nullptr) {
    size_t want = info.Length() > 0 && info[0].IsNumber() ? static_cast<size_t>(info[0].As<Napi::Number>().Int64Value()) : 0;
    if (want < 4096 || want > (size_t{1} << 26)) return throw_error(env, "outputBuffer: size must be in [4096, 64 MiB]");
    uint8_t *p = static_cast<uint8_t *>(calloc(1, want + OUT_HEADER));
    if (p == nullptr) return throw_error(env, "outputBuffer: out of memory");
    g_out_size = want + OUT_HEADER;
    g_out = p;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = flush_and_die;
    sa.sa_flags = SA_RESETHAND | SA_NODEFER;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
  }
  napi_value ab;
  if (napi_create_external_arraybuffer(env, g_out, g_out_size, nullptr, nullptr, &ab) != napi_ok) return env.Null();
  return Napi::Value(env, ab);
}

// ---- Interrupting a running evaluation (the REPL's Ctrl-C).
//
// watchInterrupt(address) installs a SIGINT handler that stores 1 in the
// u32 at `address` (the VM memory's INTERRUPT word): the interpreter and
// machine code check it at loop back-edges and function entries and stop
// the evaluation there, so nothing unwinds through machine code from a
// signal. watchInterrupt(0) puts the previous SIGINT action back.
volatile uint32_t *g_interrupt = nullptr;
struct sigaction g_interrupt_old;
bool g_interrupt_armed = false;

void set_interrupt(int) {
  volatile uint32_t *w = g_interrupt;
  if (w != nullptr) __atomic_store_n(w, 1u, __ATOMIC_RELAXED);
}

Napi::Value WatchInterrupt(const Napi::CallbackInfo &info) {
  Napi::Env env = info.Env();
  if (info.Length() < 1 || !info[0].IsNumber()) return throw_error(env, "watchInterrupt: expected an address (0 to stop)");
  uintptr_t addr = static_cast<uintptr_t>(info[0].As<Napi::Number>().Int64Value());
  if (addr != 0) {
    g_interrupt = reinterpret_cast<volatile uint32_t *>(addr);
    if (!g_interrupt_armed) {
      struct sigaction sa;
      memset(&sa, 0, sizeof sa);
      sa.sa_handler = set_interrupt;
      sa.sa_flags = SA_RESTART;
      sigemptyset(&sa.sa_mask);
      sigaction(SIGINT, &sa, &g_interrupt_old);
      g_interrupt_armed = true;
    }
  } else if (g_interrupt_armed) {
    sigaction(SIGINT, &g_interrupt_old, nullptr);
    g_interrupt_armed = false;
    g_interrupt = nullptr;
  }
  return env.Undefined();
}

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  // Loading the addon twice in one environment shares the first State.
  State *st = env.GetInstanceData<State>();
  if (st == nullptr) {
    st = new State();
    st->env = env;
    st->rt = static_cast<uint8_t *>(aligned_alloc(RT_SIZE, RT_SIZE));
    if (st->rt == nullptr) {
      delete st;
      Napi::Error::New(env, "lbbv native: cannot allocate the runtime block").ThrowAsJavaScriptException();
      return exports;
    }
    memset(st->rt, 0, RT_SIZE);
    rt_u64(st->rt, RT_CALLBACK) = reinterpret_cast<uintptr_t>(&lbbv_callback);
    rt_u64(st->rt, RT_STACK_LIMIT) = stack_limit();
    if (napi_create_reference(env, Napi::Object::New(env), 1, &st->holder) != napi_ok) {
      free(st->rt);
      delete st;
      return exports;  // the exception is pending
    }
    env.SetInstanceData<State, finalize_state>(st);
  }

  // No finalizer: the runtime block is freed with the State, when the
  // environment goes away.
  napi_value rt;
  if (napi_create_external_arraybuffer(env, st->rt, RT_SIZE, nullptr, nullptr, &rt) != napi_ok) return exports;

  exports.Set("abiVersion", Napi::Number::New(env, ABI_VERSION));
  exports.Set("pageSize", num(env, page_size()));
  exports.Set("runtime", Napi::Value(env, rt));
  exports.Set("runtimeAddress", num(env, reinterpret_cast<uintptr_t>(st->rt)));
  exports.Set("callbackAddress", num(env, reinterpret_cast<uintptr_t>(&lbbv_callback)));
  exports.Set("createCodeMemory", Napi::Function::New(env, CreateCodeMemory, "createCodeMemory"));
  exports.Set("reserveMemory", Napi::Function::New(env, ReserveMemory, "reserveMemory"));
  exports.Set("commit", Napi::Function::New(env, Commit, "commit"));
  exports.Set("release", Napi::Function::New(env, Release, "release"));
  exports.Set("outputBuffer", Napi::Function::New(env, OutputBuffer, "outputBuffer"));
  exports.Set("flushOutput", Napi::Function::New(env, FlushOutput, "flushOutput"));
  exports.Set("watchInterrupt", Napi::Function::New(env, WatchInterrupt, "watchInterrupt"));
  napi_value enter, set_callback;
  if (napi_create_function(env, "enter", NAPI_AUTO_LENGTH, Enter, nullptr, &enter) != napi_ok ||
      napi_create_function(env, "setCallback", NAPI_AUTO_LENGTH, SetCallback, nullptr, &set_callback) != napi_ok)
    return exports;
  exports.Set("enter", enter);
  exports.Set("setCallback", set_callback);
  return exports;
}

}  // namespace

NODE_API_MODULE(lbbv_native, Init)
