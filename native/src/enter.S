// lbbv entry trampoline: the one place where native code jumps into JIT code.
//
//   int64_t lbbv_enter(void *code, uint8_t *membase, uint64_t fp, uint64_t sp,
//                      lbbv_runtime *rt);
//   System V arguments: rdi = code, rsi = membase, rdx = fp, rcx = sp, r8 = rt
//
// It saves the callee-saved registers, loads the VM registers of
// docs/ARCHITECTURE.md §6 and calls `code` like an ordinary function:
//
//   r12 = membase            (base of the VM linear memory)
//   r13 = membase + fp       (current frame)
//   rbx = membase + sp       (VM stack pointer)
//   r15 = rt                 (runtime block, see native/README.md)
//
// At the `call`, rsp is 16-byte aligned, so the generated code starts with
// rsp = 8 (mod 16) exactly like any C function and must re-align before it
// calls out. The generated code returns with `ret`; its rax (and rdx) are
// stored into the runtime block (RT_RET_RAX, RT_RET_RDX) and rax is returned.
// r14 is saved too, so the JIT may use it freely.

    .intel_syntax noprefix
    .text
    .globl  lbbv_enter
    .hidden lbbv_enter
    .type   lbbv_enter, @function
    .p2align 4
lbbv_enter:
    .cfi_startproc
    push    rbp                 // rsp = 0 (mod 16) after this push
    .cfi_def_cfa_offset 16
    .cfi_offset rbp, -16
    mov     rbp, rsp
    .cfi_def_cfa_register rbp
    push    rbx
    push    r12
    push    r13
    push    r14
    push    r15
    .cfi_offset rbx, -24
    .cfi_offset r12, -32
    .cfi_offset r13, -40
    .cfi_offset r14, -48
    .cfi_offset r15, -56
    push    r8                  // keep rt on our own frame; also re-aligns rsp to 0 (mod 16)

    mov     r12, rsi
    lea     r13, [rsi + rdx]
    lea     rbx, [rsi + rcx]
    mov     r15, r8
    call    rdi

    pop     rcx                 // rt (not trusting r15 after the call)
    mov     [rcx + 32], rax     // RT_RET_RAX
    mov     [rcx + 40], rdx     // RT_RET_RDX
    pop     r15
    pop     r14
    pop     r13
    pop     r12
    pop     rbx
    pop     rbp
    .cfi_def_cfa rsp, 8
    ret
    .cfi_endproc
    .size   lbbv_enter, . - lbbv_enter

    // No executable stack for this object.
    .section .note.GNU-stack, "", @progbits
