//go:build amd64 && !purego

#include "textflag.h"

// func indexHTMLSpecial(s string) int
//
// Each step compares 16 bytes with each of & < > " ' (PCMPEQB), ORs the
// five results and takes a bit per byte (PMOVMSKB). The last bytes are
// tested one by one.
TEXT ·indexHTMLSpecial(SB), NOSPLIT, $0-24
	MOVQ s_base+0(FP), SI
	MOVQ s_len+8(FP), BX
	MOVQ SI, DI                 // the start, to compute the index
	LEAQ (SI)(BX*1), CX         // the end
	MOVQ $0x2626262626262626, AX // &
	MOVQ AX, X8
	PUNPCKLQDQ X8, X8
	MOVQ $0x3C3C3C3C3C3C3C3C, AX // <
	MOVQ AX, X9
	PUNPCKLQDQ X9, X9
	MOVQ $0x3E3E3E3E3E3E3E3E, AX // >
	MOVQ AX, X10
	PUNPCKLQDQ X10, X10
	MOVQ $0x2222222222222222, AX // "
	MOVQ AX, X11
	PUNPCKLQDQ X11, X11
	MOVQ $0x2727272727272727, AX // '
	MOVQ AX, X12
	PUNPCKLQDQ X12, X12

loop16:
	MOVQ CX, DX
	SUBQ SI, DX
	CMPQ DX, $16
	JB   tail
	MOVOU (SI), X0
	MOVO  X0, X1
	MOVO  X0, X2
	MOVO  X0, X3
	MOVO  X0, X4
	PCMPEQB X8, X0
	PCMPEQB X9, X1
	PCMPEQB X10, X2
	PCMPEQB X11, X3
	PCMPEQB X12, X4
	POR  X1, X0
	POR  X3, X2
	POR  X4, X0
	POR  X2, X0
	PMOVMSKB X0, AX
	TESTL AX, AX
	JNZ  found
	ADDQ $16, SI
	JMP  loop16

tail:
	CMPQ SI, CX
	JAE  none
	MOVBLZX (SI), AX
	CMPB AL, $0x26
	JEQ  here
	CMPB AL, $0x3C
	JEQ  here
	CMPB AL, $0x3E
	JEQ  here
	CMPB AL, $0x22
	JEQ  here
	CMPB AL, $0x27
	JEQ  here
	INCQ SI
	JMP  tail

found:
	BSFL AX, AX
	SUBQ DI, SI
	ADDQ SI, AX
	MOVQ AX, ret+16(FP)
	RET

here:
	SUBQ DI, SI
	MOVQ SI, ret+16(FP)
	RET

none:
	MOVQ $-1, ret+16(FP)
	RET
