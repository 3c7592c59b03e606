{
  # node-gyp build description of the lbbv native addon (see README.md).
  "targets": [
    {
      "target_name": "lbbv_native",
      "sources": ["src/lbbv_native.cc", "src/enter.S"],
      "include_dirs": ["<!(node -p \"require('node-addon-api').include_dir\")"],
      "defines": ["NAPI_VERSION=8", "NAPI_DISABLE_CPP_EXCEPTIONS", "NODE_ADDON_API_DISABLE_DEPRECATED"],
      "cflags": ["-Wall", "-Wextra", "-Wno-unused-parameter"],
      "cflags_cc": ["-std=gnu++17", "-fno-exceptions", "-fno-rtti"],
      "ldflags": ["-Wl,-z,noexecstack"]
    }
  ]
}
